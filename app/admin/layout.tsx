import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { logoutAction } from '@/app/(auth)/actions'
import { RootDocument, rootMetadata, rootViewport } from '@/components/root-document'
import { getCurrentUser } from '@/db/auth/session'
import type { Role } from '@/lib/domain'
import { SITE } from '@/lib/site'

// The backend renders per request for the signed-in user and never streams a fallback.
export const instant = false

export const metadata: Metadata = {
  ...rootMetadata({ description: SITE.description, ogLocale: 'de_DE' }),
  title: { default: 'Redaktion', template: `%s – Redaktion – ${SITE.name}` },
  robots: { index: false, follow: false },
}

const NAV: { href: string; label: string; roles: Role[] }[] = [
  { href: '/admin', label: 'Übersicht', roles: ['admin', 'editor', 'partner'] },
  { href: '/admin/profile', label: 'Unser Profil', roles: ['partner'] },
  { href: '/admin/news', label: 'Meldungen', roles: ['admin', 'editor', 'partner'] },
  { href: '/admin/events', label: 'Veranstaltungen', roles: ['admin', 'editor', 'partner'] },
  { href: '/admin/partners', label: 'Partner', roles: ['admin', 'editor'] },
  { href: '/admin/review', label: 'Prüfung', roles: ['admin', 'editor'] },
  { href: '/admin/newsletter', label: 'Newsletter', roles: ['admin', 'editor'] },
  { href: '/admin/medien', label: 'Medien', roles: ['admin', 'editor'] },
  { href: '/admin/pages', label: 'Seiten', roles: ['admin'] },
  { href: '/admin/categories', label: 'Kategorien', roles: ['admin'] },
  { href: '/admin/users', label: 'Konten', roles: ['admin'] },
  { href: '/admin/audit', label: 'Protokoll', roles: ['admin'] },
  { href: '/admin/import', label: 'Import und Export', roles: ['admin'] },
  { href: '/admin/konto', label: 'Mein Konto', roles: ['admin', 'editor', 'partner'] },
]

const ROLE_LABELS: Record<Role, string> = {
  admin: 'Verwaltung',
  editor: 'Redaktion',
  partner: 'Partner',
}

export const viewport = rootViewport

// The backend's root layout (German).
export default function AdminRoot({ children }: { children: React.ReactNode }) {
  return (
    <RootDocument lang="de">
      <AdminLayout>{children}</AdminLayout>
    </RootDocument>
  )
}

async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser()
  if (!user) redirect('/login?callbackUrl=/admin')
  return (
    <div className="flex min-h-screen flex-col bg-slate-50">
      <a
        href="#inhalt"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-brand-800 focus:px-4 focus:py-2 focus:text-white"
      >
        Zum Inhalt springen
      </a>
      <header className="border-b border-slate-200 bg-brand-900 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
          <p className="font-semibold">
            <Link href="/admin" className="text-white no-underline hover:underline">
              {SITE.name} · Redaktion
            </Link>
          </p>
          <div className="flex flex-wrap items-center gap-4 text-sm">
            <span>
              {user.name} ({ROLE_LABELS[user.role]})
            </span>
            <Link href="/" className="text-white underline">
              Zum Portal
            </Link>
            <form action={logoutAction}>
              <button
                type="submit"
                className="rounded border border-white/60 px-3 py-1 hover:bg-white/10"
              >
                Abmelden
              </button>
            </form>
          </div>
        </div>
      </header>
      <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col gap-6 px-4 py-6 sm:px-6 lg:flex-row">
        <nav aria-label="Bereiche" className="lg:w-52 lg:shrink-0">
          <ul className="flex flex-wrap gap-1 lg:flex-col">
            {NAV.filter(
              (item) =>
                item.roles.includes(user.role) &&
                // Until the compulsory second factor is set up, only its setup is open.
                (!user.secondFactorSetupRequired || item.href === '/admin/konto'),
            ).map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="block rounded px-3 py-2 text-ink no-underline hover:bg-white hover:text-brand-800"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main id="inhalt" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </div>
  )
}
