import { ForbiddenNotice } from '@/components/admin/status-notices'

export default function Forbidden() {
  return <ForbiddenNotice />
}
