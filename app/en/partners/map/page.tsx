import { MapView, mapMetadata, type SearchParams } from '@/components/pages/map-page'

// Filtered by the URL: rendered per request from cached data, complete before it is sent, so it
// works without JavaScript.
export const instant = false

export function generateMetadata({ searchParams }: { searchParams: SearchParams }) {
  return mapMetadata('en', searchParams)
}

export default function EnglishPartnerMapPage({ searchParams }: { searchParams: SearchParams }) {
  return <MapView locale="en" searchParams={searchParams} />
}
