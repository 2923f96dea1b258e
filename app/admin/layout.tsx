import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { logoutAction } from '@/app/(auth)/actions'
import { RootDocument, rootMetadata, rootViewport } from '@/components/root-document'
import { getCurrentUser } from '@/db/auth/session'
import type { Role } from '@/lib/domain'
import { ClientMessages } from '@/components/i18n/client-messages'
import { getAdminLocale, getAdminTranslations } from '@/lib/i18n/admin'
import { ADMIN_MESSAGES } from '@/lib/i18n/admin-messages'
import { SITE } from '@/lib/site'

// The backend renders per request for the signed-in user and never streams a fallback.
export const instant = false

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('shell')
  return {
    ...rootMetadata({ description: SITE.description, ogLocale: 'de_DE' }),
    title: { default: t('title'), template: `%s – ${t('title')} – ${SITE.name}` },
    robots: { index: false, follow: false },
  }
}

const NAV: { href: string; key: string; roles: Role[] }[] = [
  { href: '/admin', key: 'overview', roles: ['admin', 'editor', 'partner'] },
  { href: '/admin/profile', key: 'profile', roles: ['partner'] },
  { href: '/admin/news', key: 'news', roles: ['admin', 'editor', 'partner'] },
  { href: '/admin/events', key: 'events', roles: ['admin', 'editor', 'partner'] },
  { href: '/admin/partners', key: 'partners', roles: ['admin', 'editor'] },
  { href: '/admin/review', key: 'review', roles: ['admin', 'editor'] },
  { href: '/admin/newsletter', key: 'newsletter', roles: ['admin', 'editor'] },
  { href: '/admin/medien', key: 'media', roles: ['admin', 'editor'] },
  { href: '/admin/pages', key: 'pages', roles: ['admin'] },
  { href: '/admin/categories', key: 'categories', roles: ['admin'] },
  { href: '/admin/users', key: 'users', roles: ['admin'] },
  { href: '/admin/audit', key: 'audit', roles: ['admin'] },
  { href: '/admin/import', key: 'import', roles: ['admin'] },
  { href: '/admin/konto', key: 'account', roles: ['admin', 'editor', 'partner'] },
]

export const viewport = rootViewport

// The backend's root layout: German, or English for a user who chose it in "Mein Konto".
export default async function AdminRoot({ children }: { children: React.ReactNode }) {
  const locale = await getAdminLocale()
  return (
    <RootDocument lang={locale}>
      <ClientMessages locale={locale} messages={{ admin: ADMIN_MESSAGES[locale] }}>
        <AdminLayout>{children}</AdminLayout>
      </ClientMessages>
    </RootDocument>
  )
}

async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser()
  if (!user) redirect('/login?callbackUrl=/admin')
  const t = await getAdminTranslations('shell')
  return (
    <div className="flex min-h-screen flex-col bg-slate-50">
      <a
        href="#inhalt"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-brand-800 focus:px-4 focus:py-2 focus:text-white"
      >
        {t('skipLink')}
      </a>
      <header className="border-b border-slate-200 bg-brand-900 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
          <p className="font-semibold">
            <Link href="/admin" className="text-white no-underline hover:underline">
              {t('brand', { site: SITE.name })}
            </Link>
          </p>
          <div className="flex flex-wrap items-center gap-4 text-sm">
            <span>
              {user.name} ({t(`roles.${user.role}`)})
            </span>
            <Link href="/" className="text-white underline">
              {t('toPortal')}
            </Link>
            <form action={logoutAction}>
              <button
                type="submit"
                className="rounded border border-white/60 px-3 py-1 hover:bg-white/10"
              >
                {t('logout')}
              </button>
            </form>
          </div>
        </div>
      </header>
      <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col gap-6 px-4 py-6 sm:px-6 lg:flex-row">
        <nav aria-label={t('areas')} className="lg:w-52 lg:shrink-0">
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
                  {t(`nav.${item.key}`)}
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
