import { oneClickGet, oneClickPost } from '@/components/pages/newsletter-routes'

/** One-click unsubscribe (RFC 8058) from a German mail. */
export async function POST(request: Request) {
  return oneClickPost(request, 'de')
}

export async function GET(request: Request) {
  return oneClickGet(request, 'de')
}
