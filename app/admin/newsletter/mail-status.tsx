import { newsletterMailStatus } from '@/db/admin/newsletter'
import { getAdminTranslations } from '@/lib/i18n/admin'

/** What the newsletter still needs from the operator, said plainly. */
export async function MailStatus() {
  const status = newsletterMailStatus()
  const t = await getAdminTranslations('newsletter')
  const missing = [
    status.smtp ? null : t('mailStatus.smtp'),
    status.from ? null : t('mailStatus.from'),
    status.https ? null : t('mailStatus.https'),
  ].filter(Boolean)
  if (missing.length === 0) return null
  return (
    <div
      role="status"
      className="rounded border border-amber-600 bg-amber-50 px-4 py-3 text-amber-950"
    >
      <p className="font-medium">{t('mailStatus.heading')}</p>
      <ul className="mt-1 list-disc pl-5">
        {missing.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </div>
  )
}
