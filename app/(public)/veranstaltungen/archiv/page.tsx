import {
  EventArchiveView,
  eventArchiveMetadata,
  type SearchParams,
} from '@/components/pages/events-page'

export const instant = false

export const generateMetadata = () => eventArchiveMetadata('de')

export default function EventArchivePage({ searchParams }: { searchParams: SearchParams }) {
  return <EventArchiveView locale="de" searchParams={searchParams} />
}
