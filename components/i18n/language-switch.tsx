import { getTranslations } from 'next-intl/server'
import { otherLocale } from '@/lib/i18n/alternates'
import type { Locale } from '@/lib/i18n/locales'

/**
 * The link to the same page in the other language ("English" / "Deutsch"). A plain link: the
 * other language has its own root layout, and the language lives in the address only.
 */
export async function LanguageSwitch({ locale, href }: { locale: Locale; href: string }) {
  const t = await getTranslations({ locale, namespace: 'switch' })
  const target = otherLocale(locale)
  return (
    <nav aria-label={t('label')} className="mx-auto flex max-w-6xl justify-end px-4 pt-3 sm:px-6">
      <a
        href={href}
        hrefLang={target}
        lang={target}
        className="rounded px-2 py-1 text-sm font-medium text-brand-800 underline hover:bg-brand-50"
      >
        {t('target')}
      </a>
    </nav>
  )
}
