import type { Metadata } from 'next'
import { MAP_TEXT } from './map-texts'
import { MapFilters } from './map-filters'
import { MapList } from './map-list'
import { MapLegend, PartnerMap } from './partner-map'
import { PartnerViewSwitch } from '@/components/partner-view-switch'
import { getMapPartners } from '@/db/public/partner-map'
import { mapHref, parseMapQuery } from '@/lib/geo/map-query'
import { buildScene } from '@/lib/geo/scene'

// Filtered by the URL: rendered per request from cached data, complete before it is sent, so it
// works without JavaScript.
export const instant = false

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export async function generateMetadata({
  searchParams,
}: {
  searchParams: SearchParams
}): Promise<Metadata> {
  const query = parseMapQuery(await searchParams)
  const filtered = query.q || query.category || query.state || query.area
  return {
    title: query.state ? `${MAP_TEXT.title}: ${query.state.name}` : MAP_TEXT.title,
    description: MAP_TEXT.description,
    alternates: { canonical: '/partner/karte' },
    robots: filtered ? { index: false, follow: true } : undefined,
  }
}

export default async function PartnerMapPage({ searchParams }: { searchParams: SearchParams }) {
  const query = parseMapQuery(await searchParams)
  const data = await getMapPartners({ q: query.q, category: query.category })
  const scene = buildScene(data.partners, query)
  const category = data.categories.find((c) => c.slug === query.category) ?? null

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold text-brand-900">
        {MAP_TEXT.title}
        {query.state ? `: ${query.state.name}` : null}
      </h1>
      <p className="mt-2 text-muted">
        {category ? `${category.name}: ` : null}
        {MAP_TEXT.count(scene.partners.length)}
        {query.q ? ` zur Suche „${query.q}“` : null}
        {query.area ? ` (${MAP_TEXT.areaTitle})` : null}
      </p>
      <PartnerViewSwitch
        current="map"
        mapHref={mapHref(query)}
        listHref={mapHref(query, { list: true })}
      />
      <MapFilters query={query} categories={data.categories} />
      {data.unknownCategory ? (
        <p className="mt-6 font-semibold">{MAP_TEXT.unknownCategory}</p>
      ) : null}
      <div id="karte" className="mt-6 scroll-mt-4">
        {query.area ? (
          <p className="mb-2 text-sm">
            <a href={mapHref(query, { area: null })} className="text-brand-800 underline">
              {MAP_TEXT.wholeMap}
            </a>
          </p>
        ) : null}
        <PartnerMap scene={scene} state={query.state?.code ?? null} />
        <MapLegend state={query.state?.code ?? null} />
      </div>
      {data.unplaced > 0 && !query.area && !query.state ? (
        <p className="mt-4 text-sm text-muted">{MAP_TEXT.unplaced(data.unplaced)}</p>
      ) : null}
      <MapList scene={scene} />
    </div>
  )
}
