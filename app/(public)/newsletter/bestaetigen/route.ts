import { confirmResponse } from '@/components/pages/newsletter-routes'

/** The link in the German confirmation mail. */
export async function GET(request: Request) {
  return confirmResponse(request, 'de')
}
