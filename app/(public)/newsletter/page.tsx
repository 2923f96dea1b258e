import type { Metadata } from 'next'
import { SubscribeForm } from '@/components/newsletter/subscribe-form'
import { NEWSLETTER_TEXT } from '@/lib/newsletter/texts'

const t = NEWSLETTER_TEXT.de

export const metadata: Metadata = { title: t.title, description: t.lead }

export default function NewsletterPage() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold text-brand-900">{t.title}</h1>
      <p className="mt-3 text-lg text-muted">{t.lead}</p>
      <SubscribeForm />
      <p className="mt-8 text-sm text-muted">{t.privacy}</p>
    </div>
  )
}
