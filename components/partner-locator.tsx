import { getTranslations } from 'next-intl/server'
import { boundsOf, mapView, outlinePaths, padded, widened } from '@/lib/geo/map'
import { stateByCode } from '@/lib/geo/states'
import type { Locale } from '@/lib/i18n/locales'
import type { Site } from '@/lib/validation/location'

/*
 * A profile's small map: the partner's position and further sites on the state outlines, drawn
 * on the server like the partner map, beside the address. Nothing here is loaded from elsewhere.
 */

type Located = {
  name: string
  street: string | null
  postalCode: string | null
  city: string | null
  state: string | null
  lat: number | null
  lon: number | null
  sites: readonly Site[]
}

export async function PartnerLocator({
  partner,
  mapHref,
  locale,
}: {
  partner: Located
  mapHref: string
  locale: Locale
}) {
  const points = [
    ...(partner.lat !== null && partner.lon !== null
      ? [{ lat: partner.lat, lon: partner.lon, main: true }]
      : []),
    ...partner.sites.map((site) => ({ lat: site.lat, lon: site.lon, main: false })),
  ]
  const hasAddress = partner.street || partner.postalCode || partner.city
  if (points.length === 0 && !hasAddress) return null
  const state = stateByCode(partner.state)
  const view =
    points.length > 0 ? mapView({ bounds: padded(widened(boundsOf(points), 0.8)) }) : null
  const outlines = view ? outlinePaths(view) : null
  const [t, ts] = await Promise.all([
    getTranslations({ locale, namespace: 'locator' }),
    getTranslations({ locale, namespace: 'states' }),
  ])

  return (
    <section
      aria-labelledby="standort-titel"
      className="mt-10 grid gap-5 rounded-lg border border-slate-200 p-5 sm:grid-cols-[1fr_16rem]"
    >
      <div>
        <h2 id="standort-titel" className="text-xl font-semibold text-ink">
          {t('title')}
        </h2>
        {hasAddress ? (
          <address className="mt-2 not-italic">
            {partner.street ? <span className="block">{partner.street}</span> : null}
            <span className="block">
              {[partner.postalCode, partner.city].filter(Boolean).join(' ')}
            </span>
            {state ? <span className="block text-muted">{ts(state.code)}</span> : null}
          </address>
        ) : null}
        {partner.sites.length > 0 ? (
          <>
            <h3 className="mt-4 font-semibold">{t('sitesTitle')}</h3>
            <ul className="mt-1 list-disc pl-5">
              {partner.sites.map((site) => (
                <li key={`${site.name}|${site.lat}|${site.lon}`}>
                  {site.name}
                  {site.city ? `, ${site.city}` : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {points.length > 0 ? (
          <p className="mt-4 text-sm">
            <a href={mapHref} className="text-brand-800 underline">
              {t('onMap')}
            </a>
          </p>
        ) : null}
      </div>
      {view && outlines ? (
        <svg
          viewBox={`0 0 ${view.width} ${view.height}`}
          role="img"
          aria-label={t('mapLabel', { name: partner.name })}
          className="h-auto w-full rounded border border-slate-200 bg-sky-50"
        >
          {outlines.states.map((s) => (
            <path
              key={s.code}
              d={s.d}
              className={s.code === partner.state ? 'fill-brand-50' : 'fill-white'}
            />
          ))}
          <path d={outlines.borders} className="fill-none stroke-slate-400" strokeWidth={2} />
          {points.map((point, index) => {
            const [x, y] = view.projection([point.lon, point.lat]) ?? [0, 0]
            return (
              <circle
                key={index}
                cx={Math.round(x)}
                cy={Math.round(y)}
                r={point.main ? 14 : 11}
                className={
                  point.main ? 'fill-brand-800 stroke-white' : 'fill-white stroke-brand-800'
                }
                strokeWidth={4}
              />
            )
          })}
        </svg>
      ) : null}
    </section>
  )
}
