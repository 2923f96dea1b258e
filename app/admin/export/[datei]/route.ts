import { Forbidden, NotAuthenticated } from '@/db/auth/guard'
import { exportPartners } from '@/db/admin/transfer'
import { getAdminLocale, getAdminTranslations } from '@/lib/i18n/admin'
import { translateError } from '@/lib/i18n/admin-errors'

/* GET /admin/export/partner.csv | partner.json | partner.zip — admins only (checked in the data layer). */

const FORMATS = { 'partner.csv': 'csv', 'partner.json': 'json', 'partner.zip': 'zip' } as const

export async function GET(_request: Request, { params }: { params: Promise<{ datei: string }> }) {
  const format = FORMATS[(await params).datei as keyof typeof FORMATS]
  if (!format)
    return new Response((await getAdminTranslations('transfer'))('notFound'), { status: 404 })
  try {
    const file = await exportPartners(format)
    return new Response(typeof file.body === 'string' ? file.body : Buffer.from(file.body), {
      headers: {
        'Content-Type': file.type,
        'Content-Disposition': `attachment; filename="${file.name}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  } catch (error) {
    // Without a session the answer is German, the backend's language.
    const locale = await getAdminLocale()
    if (error instanceof NotAuthenticated)
      return new Response(translateError('Bitte melden Sie sich an.', locale), { status: 401 })
    if (error instanceof Forbidden)
      return new Response(translateError('Dafür fehlt Ihnen die Berechtigung.', locale), {
        status: 403,
      })
    throw error
  }
}
