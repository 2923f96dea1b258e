import { connection } from 'next/server'
import { checkHealth } from '@/db/public/health'

/** GET /api/health: 200 when the database answers, 503 otherwise. Public, for monitoring. */
export async function GET() {
  await connection()
  const { ok } = checkHealth()
  return Response.json(
    { status: ok ? 'ok' : 'fehler' },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  )
}
