import type { Locale } from '@/lib/i18n/locales'

export type QuoteData = {
  text: string
  author: string | null
  authorFunction: string | null
  lang?: Locale
}

/** Quotation marks follow the language of the quoted text. */
const MARKS: Record<Locale, [string, string]> = { de: ['„', '“'], en: ['“', '”'] }

const OPENING = /^[„“"‚‘»«]/
const CLOSING = /[“”"‘’«»]$/

/**
 * The quote's paragraphs (a line break in the stored text starts a new one), with quotation marks
 * of the text's language around the whole unless the text brings its own, as imported profiles
 * often do.
 */
export function quoteParagraphs(text: string, lang: Locale = 'de'): string[] {
  const paragraphs = text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
  const quoted = OPENING.test(text.trim()) && CLOSING.test(text.trim())
  if (quoted || paragraphs.length === 0) return paragraphs
  const [open, close] = MARKS[lang]
  paragraphs[0] = `${open}${paragraphs[0]}`
  paragraphs[paragraphs.length - 1] = `${paragraphs[paragraphs.length - 1]}${close}`
  return paragraphs
}

/** A partner's quote as figure/blockquote/figcaption; renders nothing without a quote. */
export function PartnerQuote({
  quote,
  source,
  locale = 'de',
}: {
  quote: QuoteData | null
  source?: React.ReactNode
  locale?: Locale
}) {
  if (!quote) return null
  const caption = [quote.author, quote.authorFunction].filter(Boolean).join(', ')
  return (
    <figure className="rounded-xl border-l-4 border-brand-600 bg-brand-50 px-6 py-5">
      <blockquote
        lang={quote.lang && quote.lang !== locale ? quote.lang : undefined}
        className="flex flex-col gap-3 font-serif text-xl leading-relaxed text-brand-900"
      >
        {quoteParagraphs(quote.text, quote.lang).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </blockquote>
      {caption || source ? (
        <figcaption className="mt-3 text-sm text-muted">
          {caption}
          {caption && source ? ' – ' : null}
          {source}
        </figcaption>
      ) : null}
    </figure>
  )
}
