import { getNewsFeed } from '@/db/public/news'
import { buildNewsFeed } from '@/lib/feed'
import { SITE } from '@/lib/site'

export async function GET() {
  const items = await getNewsFeed(30)
  return new Response(buildNewsFeed(items, SITE), {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    },
  })
}
