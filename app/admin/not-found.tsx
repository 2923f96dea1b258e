import { AdminNotFoundNotice } from '@/components/admin/status-notices'

export default function AdminNotFound() {
  return <AdminNotFoundNotice />
}
