import { eventCalendarResponse } from '@/components/pages/calendar-routes'

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return eventCalendarResponse('de', (await params).slug)
}
