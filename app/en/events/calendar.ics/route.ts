import { calendarResponse } from '@/components/pages/calendar-routes'

/** All published events as one subscribable calendar. */
export async function GET() {
  return calendarResponse('en')
}
