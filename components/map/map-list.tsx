import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/lib/i18n/locales'
import { partnerPath } from '@/lib/i18n/paths'
import type { MapPartner, Scene } from '@/lib/geo/scene'

/*
 * The map's content as text, in the markers' order: each partner linked to its profile, each
 * group linked to its area (or, when it cannot be split, listed here with its members).
 */

type Translate = Awaited<ReturnType<typeof getTranslations>>

function PartnerLine({
  partner,
  site,
  t,
  locale,
}: {
  partner: MapPartner
  site?: string | null
  t: Translate
  locale: Locale
}) {
  return (
    <>
      <a href={partnerPath(partner.slug, locale)}>{partner.name}</a>
      <span>
        {' '}
        ·{' '}
        {[site ? t('site', { site }) : null, partner.city, partner.categoryName]
          .filter(Boolean)
          .join(' · ')}
      </span>
    </>
  )
}

/** "3 Partner bei Detmold" (or without a place). */
export function groupName(t: Translate, count: number, place: string | null): string {
  return place ? t('groupAt', { count, place }) : t('group', { count })
}

export async function MapList({ scene, locale }: { scene: Scene; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'map' })
  return (
    <section aria-labelledby="karte-liste-titel" className="mt-8">
      <h2 id="karte-liste-titel" className="text-xl font-semibold text-brand-900">
        {t('listTitle')}
      </h2>
      {scene.markers.length === 0 ? (
        <p className="mt-3 text-muted">{t('none')}</p>
      ) : (
        // Link and note styles once here rather than on each of possibly hundreds of lines.
        <ul className="mt-3 flex flex-col gap-2 [&_a]:font-medium [&_a]:text-brand-800 [&_a]:underline [&_span]:text-muted">
          {scene.markers.map((marker) =>
            marker.kind === 'partner' ? (
              <li key={`${marker.partner.slug}|${marker.site ?? ''}`}>
                <PartnerLine partner={marker.partner} site={marker.site} t={t} locale={locale} />
              </li>
            ) : (
              <li key={marker.id} id={marker.id} className="scroll-mt-4">
                {marker.zooms ? (
                  <a href={marker.href}>{groupName(t, marker.count, marker.place)}</a>
                ) : (
                  <>
                    <strong>{groupName(t, marker.count, marker.place)}</strong>
                    <ul className="ml-5 mt-1 flex list-disc flex-col gap-1">
                      {marker.partners.map((partner) => (
                        <li key={partner.slug}>
                          <PartnerLine partner={partner} t={t} locale={locale} />
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  )
}
