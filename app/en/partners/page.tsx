import {
  DirectoryView,
  directoryMetadata,
  type SearchParams,
} from '@/components/pages/directory-page'

// Filtered by the URL: rendered per request from cached data, complete before it is sent, so it
// works without JavaScript.
export const instant = false

export function generateMetadata({ searchParams }: { searchParams: SearchParams }) {
  return directoryMetadata('en', searchParams)
}

export default function EnglishDirectoryPage({ searchParams }: { searchParams: SearchParams }) {
  return <DirectoryView locale="en" searchParams={searchParams} />
}
