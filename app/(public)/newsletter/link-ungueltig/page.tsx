import type { Metadata } from 'next'
import { NewsletterNotice } from '../notice'
import { NEWSLETTER_TEXT } from '@/lib/newsletter/texts'

const t = NEWSLETTER_TEXT.de
export const metadata: Metadata = { title: t.confirmFailedTitle, robots: { index: false } }

export default function InvalidLinkPage() {
  return <NewsletterNotice title={t.confirmFailedTitle} text={t.confirmFailed} />
}
