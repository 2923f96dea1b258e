import { ErrorStatusView, errorMetadata } from '@/components/pages/status-pages'

/*
 * The error page as server.mjs serves it in place of Next's empty error document
 * (lib/status-pages.mjs), with status 500.
 */
export const generateMetadata = () => errorMetadata('de')

export default function ErrorStatusPage() {
  return <ErrorStatusView locale="de" />
}
