import { EventView, eventMetadata } from '@/components/pages/event-page'

type Params = Promise<{ slug: string }>

export function generateStaticParams() {
  return [{ slug: 'example' }]
}

export async function generateMetadata({ params }: { params: Params }) {
  return eventMetadata('en', (await params).slug)
}

export default async function EnglishEventPage({ params }: { params: Params }) {
  return <EventView locale="en" slug={(await params).slug} />
}
