import { oneClickGet, oneClickPost } from '@/components/pages/newsletter-routes'

/** One-click unsubscribe (RFC 8058) from an English mail. */
export async function POST(request: Request) {
  return oneClickPost(request, 'en')
}

export async function GET(request: Request) {
  return oneClickGet(request, 'en')
}
