import {
  EventArchiveView,
  eventArchiveMetadata,
  type SearchParams,
} from '@/components/pages/events-page'

export const instant = false

export const generateMetadata = () => eventArchiveMetadata('en')

export default function EnglishEventArchivePage({ searchParams }: { searchParams: SearchParams }) {
  return <EventArchiveView locale="en" searchParams={searchParams} />
}
