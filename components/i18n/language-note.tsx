import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/lib/i18n/locales'

/**
 * "in German" beside an item shown in the other language than the page's (no translation yet);
 * the item's own text carries its `lang` attribute, this note the page's.
 */
export async function LanguageNote({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'common' })
  return (
    <span
      lang={locale}
      className="ml-2 inline-block rounded bg-slate-100 px-1.5 py-0.5 align-middle text-xs font-normal text-muted"
    >
      {t('inOtherLanguage')}
    </span>
  )
}

/** The `lang` attribute for an item's text: only where it differs from the page's language. */
export function langIfOther(itemLang: Locale, pageLocale: Locale): Locale | undefined {
  return itemLang !== pageLocale ? itemLang : undefined
}
