'use client'

import { ErrorContent } from '@/components/status/error-content'

/* An error on a public page: inside the public layout, which draws the header. */
export default function PublicError({
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  return <ErrorContent retry={reset} />
}
