import Link from 'next/link'
import { NEWSLETTER_TEXT } from '@/lib/newsletter/texts'

/** A short answer page of the newsletter (confirmed, unsubscribed, invalid link). */
export function NewsletterNotice({ title, text }: { title: string; text: string }) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
      <p className="mt-4 text-lg" role="status">
        {text}
      </p>
      <p className="mt-6">
        <Link href="/" className="text-brand-800 underline">
          {NEWSLETTER_TEXT.de.home}
        </Link>
      </p>
    </div>
  )
}
