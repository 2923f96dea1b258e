import { feedResponse } from '@/components/pages/feed-route'

export async function GET() {
  return feedResponse('en')
}
