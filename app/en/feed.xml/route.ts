import { feedResponse } from '@/components/pages/feed-route'

export function GET() {
  return feedResponse('en')
}
