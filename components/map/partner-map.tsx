import { getTranslations } from 'next-intl/server'
import { groupName } from './map-list'
import { MapHover } from './map-hover'
import type { Locale } from '@/lib/i18n/locales'
import type { Marker, Scene } from '@/lib/geo/scene'

/*
 * The map as inline SVG, drawn on the server: outlines, then one link per marker. Markers carry
 * their accessible name; with JavaScript, MapHover adds the name and logo on hover and focus.
 */

const logoUrl = (marker: Extract<Marker, { kind: 'partner' }>) =>
  marker.partner.logo ? `/bilder/${marker.partner.logo.id}.webp?w=160` : undefined

export async function PartnerMap({
  scene,
  state,
  locale,
}: {
  scene: Scene
  state: string | null
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: 'map' })
  const total = scene.partners.length
  const partnerLabel = (name: string, place: string | null, site: string | null) =>
    [name, site ? t('site', { site }) : null, place].filter(Boolean).join(', ')
  return (
    <div className="relative" id="karte-flaeche">
      <svg
        viewBox={`0 0 ${scene.width} ${scene.height}`}
        // Marker styles once here rather than on each of possibly hundreds of markers.
        className="mx-auto h-auto w-full max-w-3xl rounded-lg border border-slate-200 bg-sky-50 [&_.p]:fill-brand-800 [&_.p]:stroke-white [&_.s]:fill-white [&_.s]:stroke-brand-800 [&_a:focus-visible>circle]:stroke-amber-400 [&_a:focus-visible>circle]:stroke-[4] [&_a>circle]:stroke-2 [&_.g]:fill-orange-700 [&_.g]:stroke-white [&_a:hover>.g]:fill-orange-800 [&_text]:pointer-events-none [&_text]:fill-white [&_text]:text-[11px] [&_text]:font-bold"
        role="group"
        aria-label={t('mapLabel', { count: total })}
      >
        <g aria-hidden="true">
          {scene.outlines.states.map((s) => (
            <path
              key={s.code}
              d={s.d}
              className={s.code === state ? 'fill-brand-100' : 'fill-white'}
            />
          ))}
          <path
            d={scene.outlines.borders}
            className="fill-none stroke-slate-400"
            strokeWidth={0.8}
          />
          <path
            d={scene.outlines.country}
            className="fill-none stroke-slate-600"
            strokeWidth={1.2}
          />
        </g>
        {scene.markers.map((marker) =>
          marker.kind === 'partner' ? (
            <a
              key={`${marker.partner.slug}|${marker.site ?? ''}`}
              href={marker.href}
              aria-label={partnerLabel(marker.partner.name, marker.partner.city, marker.site)}
              data-logo={logoUrl(marker)}
            >
              <circle
                cx={Math.round(marker.x)}
                cy={Math.round(marker.y)}
                r={7}
                className={marker.site ? 's' : 'p'}
              />
            </a>
          ) : (
            <a
              key={marker.id}
              href={marker.href}
              aria-label={t(marker.zooms ? 'groupZooms' : 'groupLists', {
                group: groupName(t, marker.count, marker.place),
              })}
            >
              <circle
                cx={Math.round(marker.x)}
                cy={Math.round(marker.y)}
                r={Math.round(10 + Math.min(6, Math.log2(marker.count)))}
                className="g"
              />
              <text
                x={Math.round(marker.x)}
                y={Math.round(marker.y)}
                dy="0.35em"
                textAnchor="middle"
              >
                {marker.count}
              </text>
            </a>
          ),
        )}
      </svg>
      <MapHover />
    </div>
  )
}

export async function MapLegend({ state, locale }: { state: string | null; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'map' })
  return (
    <section aria-labelledby="legende-titel" className="mt-3 text-sm text-muted">
      <h2 id="legende-titel" className="sr-only">
        {t('legendTitle')}
      </h2>
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        <li className="flex items-center gap-2">
          <svg aria-hidden="true" width="16" height="16">
            <circle cx="8" cy="8" r="6" className="fill-brand-800 stroke-white" strokeWidth={2} />
          </svg>
          {t('legendPartner')}
        </li>
        <li className="flex items-center gap-2">
          <svg aria-hidden="true" width="16" height="16">
            <circle cx="8" cy="8" r="6" className="fill-white stroke-brand-800" strokeWidth={2} />
          </svg>
          {t('legendSite')}
        </li>
        <li className="flex items-center gap-2">
          <svg aria-hidden="true" width="20" height="20">
            <circle cx="10" cy="10" r="9" className="fill-orange-700" />
          </svg>
          {t('legendGroup')}
        </li>
        {state ? (
          <li className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block size-4 border border-slate-400 bg-brand-100"
            />
            {t('legendState')}
          </li>
        ) : null}
      </ul>
      <p className="mt-1 text-xs">{t('attribution')}</p>
    </section>
  )
}
