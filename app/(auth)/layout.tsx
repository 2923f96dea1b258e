import type { Metadata } from 'next'
import Link from 'next/link'
import { RootDocument, rootMetadata, rootViewport } from '@/components/root-document'
import { SITE } from '@/lib/site'

export const metadata: Metadata = rootMetadata({ description: SITE.description, ogLocale: 'de_DE' })
export const viewport = rootViewport

// The login pages' root layout (German).
export default function AuthRoot({ children }: { children: React.ReactNode }) {
  return (
    <RootDocument lang="de">
      <AuthLayout>{children}</AuthLayout>
    </RootDocument>
  )
}

function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col bg-slate-50">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center px-4 py-4 sm:px-6">
          <Link href="/" className="text-lg font-bold text-brand-900 no-underline hover:underline">
            {SITE.name}
          </Link>
        </div>
      </header>
      <main id="inhalt" className="flex flex-1 items-start justify-center px-4 py-12">
        <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
          {children}
        </div>
      </main>
    </div>
  )
}
