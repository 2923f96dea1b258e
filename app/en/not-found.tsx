import { NotFoundStatusView } from '@/components/pages/status-pages'

/* notFound() on a public page: inside the public layout, which draws the header. */
export default function PublicNotFound() {
  return <NotFoundStatusView locale="en" />
}
