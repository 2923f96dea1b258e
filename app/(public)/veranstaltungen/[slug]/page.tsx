import { EventView, eventMetadata } from '@/components/pages/event-page'

type Params = Promise<{ slug: string }>

export function generateStaticParams() {
  return [{ slug: 'beispiel' }]
}

export async function generateMetadata({ params }: { params: Params }) {
  return eventMetadata('de', (await params).slug)
}

export default async function EventPage({ params }: { params: Params }) {
  return <EventView locale="de" slug={(await params).slug} />
}
