import type { Metadata } from 'next'

// A preview renders per request for whoever may see it, never ahead of time, never streamed.
export const instant = false

export const metadata: Metadata = {
  title: 'Vorschau',
  robots: { index: false, follow: false },
}

export default function PreviewLayout({ children }: { children: React.ReactNode }) {
  return children
}
