import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/lib/i18n/locales'

export type Contact = {
  name: string | null
  role: string | null
  organisation?: string | null
  phone: string | null
  email: string | null
}

/** "tel:" keeps only what dials: digits and a leading +; "(0)" after a country code is dropped. */
export function telHref(phone: string): string {
  const compact = phone.replace(/\(0\)/g, '').replace(/[^\d+]/g, '')
  return `tel:${compact.startsWith('+') ? `+${compact.slice(1).replace(/\+/g, '')}` : compact.replace(/\+/g, '')}`
}

export async function ContactBox({
  contact,
  title,
  locale = 'de',
}: {
  contact: Contact
  title?: string
  locale?: Locale
}) {
  const t = await getTranslations({ locale, namespace: 'contact' })
  return (
    <aside
      aria-labelledby="kontakt-titel"
      className="rounded-lg border border-slate-200 bg-slate-50 px-5 py-4"
    >
      <h2 id="kontakt-titel" className="text-lg font-semibold text-ink">
        {title ?? t('title')}
      </h2>
      <address className="mt-2 not-italic leading-relaxed">
        {contact.name ? <p className="font-medium">{contact.name}</p> : null}
        {contact.role ? <p className="text-muted">{contact.role}</p> : null}
        {contact.organisation ? <p className="text-muted">{contact.organisation}</p> : null}
        {contact.phone ? (
          <p className="mt-1">
            {t('phone')}{' '}
            <a href={telHref(contact.phone)} className="text-brand-800 underline">
              {contact.phone}
            </a>
          </p>
        ) : null}
        {contact.email ? (
          <p>
            {t('email')}{' '}
            <a href={`mailto:${contact.email}`} className="text-brand-800 underline">
              {contact.email}
            </a>
          </p>
        ) : null}
      </address>
    </aside>
  )
}
