import { SearchView, searchMetadata, type SearchParams } from '@/components/pages/search-page'

export const instant = false

export function generateMetadata({ searchParams }: { searchParams: SearchParams }) {
  return searchMetadata('de', searchParams)
}

export default function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  return <SearchView locale="de" searchParams={searchParams} />
}
