import type { Metadata } from 'next'
import { NewsletterNotice } from '../notice'
import { TopicsForm } from './topics-form'
import { newsletterSettings } from '@/db/admin/newsletter-visitor'
import { NEWSLETTER_TEXT } from '@/lib/newsletter/texts'

const t = NEWSLETTER_TEXT.de

export const instant = false
export const metadata: Metadata = { title: t.settingsTitle, robots: { index: false } }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

/** The topics-change link of every mail: the key in it opens this subscriber's topics. */
export default async function SettingsPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).key
  const key = typeof raw === 'string' && raw.length <= 100 ? raw : ''
  const settings = key ? newsletterSettings(key) : null
  if (!settings || settings.state === 'unsubscribed')
    return <NewsletterNotice title={t.settingsTitle} text={t.linkInvalid} />
  return (
    <div className="mx-auto max-w-2xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold text-brand-900">{t.settingsTitle}</h1>
      <p className="mt-3 text-muted">{settings.maskedEmail}</p>
      <TopicsForm manageKey={key} topics={settings.topics} />
      <p className="mt-8">
        <a
          href={`/newsletter/abbestellen?key=${encodeURIComponent(key)}`}
          className="text-brand-800 underline"
        >
          {t.unsubscribeTitle}
        </a>
      </p>
    </div>
  )
}
