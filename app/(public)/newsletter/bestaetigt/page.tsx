import type { Metadata } from 'next'
import { NewsletterNotice } from '../notice'
import { NEWSLETTER_TEXT } from '@/lib/newsletter/texts'

const t = NEWSLETTER_TEXT.de
export const metadata: Metadata = { title: t.confirmedTitle, robots: { index: false } }

export default function ConfirmedPage() {
  return <NewsletterNotice title={t.confirmedTitle} text={t.confirmed} />
}
