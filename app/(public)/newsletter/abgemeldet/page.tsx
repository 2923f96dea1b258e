import type { Metadata } from 'next'
import { NewsletterNotice } from '../notice'
import { NEWSLETTER_TEXT } from '@/lib/newsletter/texts'

const t = NEWSLETTER_TEXT.de
export const metadata: Metadata = { title: t.unsubscribedTitle, robots: { index: false } }

export default function UnsubscribedPage() {
  return <NewsletterNotice title={t.unsubscribedTitle} text={t.unsubscribed} />
}
