import { MAP_TEXT } from './map-texts'
import type { MapPartner, Scene } from '@/lib/geo/scene'

/*
 * The map's content as text, in the markers' order: each partner linked to its profile, each
 * group linked to its area (or, when it cannot be split, listed here with its members).
 */

function PartnerLine({ partner, site }: { partner: MapPartner; site?: string | null }) {
  return (
    <>
      <a href={`/partner/${partner.slug}`}>{partner.name}</a>
      <span>
        {' '}
        ·{' '}
        {[site ? `Standort ${site}` : null, partner.city, partner.categoryName]
          .filter(Boolean)
          .join(' · ')}
      </span>
    </>
  )
}

export function MapList({ scene }: { scene: Scene }) {
  return (
    <section aria-labelledby="karte-liste-titel" className="mt-8">
      <h2 id="karte-liste-titel" className="text-xl font-semibold text-brand-900">
        {MAP_TEXT.listTitle}
      </h2>
      {scene.markers.length === 0 ? (
        <p className="mt-3 text-muted">{MAP_TEXT.none}</p>
      ) : (
        // Link and note styles once here rather than on each of possibly hundreds of lines.
        <ul className="mt-3 flex flex-col gap-2 [&_a]:font-medium [&_a]:text-brand-800 [&_a]:underline [&_span]:text-muted">
          {scene.markers.map((marker) =>
            marker.kind === 'partner' ? (
              <li key={`${marker.partner.slug}|${marker.site ?? ''}`}>
                <PartnerLine partner={marker.partner} site={marker.site} />
              </li>
            ) : (
              <li key={marker.id} id={marker.id} className="scroll-mt-4">
                {marker.zooms ? (
                  <a href={marker.href}>{MAP_TEXT.groupHeading(marker.count, marker.place)}</a>
                ) : (
                  <>
                    <strong>{MAP_TEXT.groupHeading(marker.count, marker.place)}</strong>
                    <ul className="ml-5 mt-1 flex list-disc flex-col gap-1">
                      {marker.partners.map((partner) => (
                        <li key={partner.slug}>
                          <PartnerLine partner={partner} />
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
