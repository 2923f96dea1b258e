import { SearchView, searchMetadata, type SearchParams } from '@/components/pages/search-page'

export const instant = false

export function generateMetadata({ searchParams }: { searchParams: SearchParams }) {
  return searchMetadata('en', searchParams)
}

export default function EnglishSearchPage({ searchParams }: { searchParams: SearchParams }) {
  return <SearchView locale="en" searchParams={searchParams} />
}
