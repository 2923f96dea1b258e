import { newsletterMailStatus } from '@/db/admin/newsletter'

/** What the newsletter still needs from the operator, said plainly. */
export function MailStatus() {
  const status = newsletterMailStatus()
  const missing = [
    status.smtp
      ? null
      : 'SMTP_URL ist nicht gesetzt: Es wird nichts verschickt. Bestätigungen, Testversand und Ausgaben warten im Postausgang und gehen raus, sobald SMTP_URL gesetzt ist und der Server neu startet.',
    status.from
      ? null
      : 'MAIL_FROM ist nicht gesetzt: Als Absender dient „noreply@“ der Portaladresse.',
    status.https
      ? null
      : 'SITE_URL beginnt nicht mit https://: Große Mail-Anbieter verlangen für den Abmeldelink (List-Unsubscribe) eine HTTPS-Adresse.',
  ].filter(Boolean)
  if (missing.length === 0) return null
  return (
    <div
      role="status"
      className="rounded border border-amber-600 bg-amber-50 px-4 py-3 text-amber-950"
    >
      <p className="font-medium">Für den Versand fehlt noch etwas:</p>
      <ul className="mt-1 list-disc pl-5">
        {missing.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </div>
  )
}
