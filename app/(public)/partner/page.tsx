import {
  DirectoryView,
  directoryMetadata,
  type SearchParams,
} from '@/components/pages/directory-page'

// Filtered by the URL: rendered per request from cached data, complete before it is sent, so it
// works without JavaScript.
export const instant = false

export function generateMetadata({ searchParams }: { searchParams: SearchParams }) {
  return directoryMetadata('de', searchParams)
}

export default function DirectoryPage({ searchParams }: { searchParams: SearchParams }) {
  return <DirectoryView locale="de" searchParams={searchParams} />
}
