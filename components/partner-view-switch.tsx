import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/lib/i18n/locales'

/* "Karte" / "Liste": the directory and the map, each reached with the filters kept. */

export async function PartnerViewSwitch({
  locale,
  current,
  mapHref,
  listHref,
}: {
  locale: Locale
  current: 'map' | 'list'
  mapHref: string
  listHref: string
}) {
  const t = await getTranslations({ locale, namespace: 'map' })
  const item = (active: boolean) =>
    `rounded px-4 py-1.5 font-medium ${active ? 'bg-brand-800 text-white' : 'text-brand-800 underline hover:bg-brand-50'}`
  return (
    <nav aria-label={t('switchLabel')} className="mt-4">
      <ul className="inline-flex gap-1 rounded border border-slate-300 p-1">
        <li>
          <a
            href={listHref}
            className={item(current === 'list')}
            aria-current={current === 'list' ? 'page' : undefined}
          >
            {t('list')}
          </a>
        </li>
        <li>
          <a
            href={mapHref}
            className={item(current === 'map')}
            aria-current={current === 'map' ? 'page' : undefined}
          >
            {t('map')}
          </a>
        </li>
      </ul>
    </nav>
  )
}
