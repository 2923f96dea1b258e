import { getAdminLocale, getAdminTranslations } from '@/lib/i18n/admin'

/**
 * The mark on every preview: what it shows is not public (yet). It is the backend's interface,
 * in the viewer's interface language, on a page whose content stays German.
 */
export async function Banner({ detail }: { detail: string }) {
  const t = await getAdminTranslations('preview')
  const locale = await getAdminLocale()
  return (
    <div
      role="note"
      lang={locale}
      className="border-b-4 border-amber-500 bg-amber-100 px-4 py-3 text-amber-950"
    >
      <p className="mx-auto max-w-3xl">
        <strong>{t('banner')}</strong> {detail}
      </p>
    </div>
  )
}
