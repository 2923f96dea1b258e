import { NotFoundStatusView, notFoundMetadata } from '@/components/pages/status-pages'

/*
 * The 404 page as server.mjs serves it in place of Next's empty error document
 * (lib/status-pages.mjs), with status 404.
 */
export const generateMetadata = () => notFoundMetadata('de')

export default function NotFoundStatusPage() {
  return <NotFoundStatusView locale="de" />
}
