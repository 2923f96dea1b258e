import { EventsView, eventsMetadata } from '@/components/pages/events-page'

export const generateMetadata = () => eventsMetadata('en')

export default function EnglishEventsPage() {
  return <EventsView locale="en" />
}
