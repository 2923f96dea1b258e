'use client'

import { PublicErrorBoundary } from '@/components/status/error-boundary'

/* An error on a public page: inside the public layout, which draws the header. */
export default function PublicError({
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  return <PublicErrorBoundary reset={reset} />
}
