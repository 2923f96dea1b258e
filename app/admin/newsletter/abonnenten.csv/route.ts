import { Forbidden, NotAuthenticated } from '@/db/auth/guard'
import { exportSubscribers } from '@/db/admin/newsletter'

/* GET /admin/newsletter/abonnenten.csv — every subscriber with the proof of consent; admins only. */
export async function GET() {
  try {
    const body = await exportSubscribers()
    return new Response(body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="newsletter-abonnenten.csv"',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  } catch (error) {
    if (error instanceof NotAuthenticated)
      return new Response('Bitte melden Sie sich an.', { status: 401 })
    if (error instanceof Forbidden)
      return new Response('Dafür fehlt Ihnen die Berechtigung.', { status: 403 })
    throw error
  }
}
