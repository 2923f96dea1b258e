import { EventsView, eventsMetadata } from '@/components/pages/events-page'

export const generateMetadata = () => eventsMetadata('de')

export default function EventsPage() {
  return <EventsView locale="de" />
}
