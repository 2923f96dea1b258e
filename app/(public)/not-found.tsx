import { NotFoundContent } from '@/components/status/not-found-content'

/* notFound() on a public page: inside the public layout, which draws the header. */
export default function PublicNotFound() {
  return <NotFoundContent />
}
