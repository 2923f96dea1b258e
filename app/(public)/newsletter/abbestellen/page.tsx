import type { Metadata } from 'next'
import { NewsletterNotice } from '../notice'
import { NEWSLETTER_TEXT } from '@/lib/newsletter/texts'

const t = NEWSLETTER_TEXT.de

export const instant = false
export const metadata: Metadata = { title: t.unsubscribeTitle, robots: { index: false } }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

/*
 * The visible unsubscribe link of every mail. Opening it changes nothing (mail scanners open
 * links); the one button posts to the one-click address, no login and no further question.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).key
  const key = typeof raw === 'string' && raw.length <= 100 ? raw : ''
  if (!key) return <NewsletterNotice title={t.unsubscribeTitle} text={t.linkInvalid} />
  return (
    <div className="mx-auto max-w-2xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold text-brand-900">{t.unsubscribeTitle}</h1>
      <p className="mt-4 text-lg">{t.unsubscribeLead}</p>
      <form
        method="post"
        action={`/newsletter/abbestellen/ein-klick?key=${encodeURIComponent(key)}`}
        className="mt-6"
      >
        <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        <button
          type="submit"
          className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          {t.unsubscribeButton}
        </button>
      </form>
    </div>
  )
}
