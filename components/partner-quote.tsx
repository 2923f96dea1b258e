export type QuoteData = { text: string; author: string | null; authorFunction: string | null }

/** A partner's quote as figure/blockquote/figcaption; renders nothing without a quote. */
export function PartnerQuote({
  quote,
  source,
}: {
  quote: QuoteData | null
  source?: React.ReactNode
}) {
  if (!quote) return null
  const caption = [quote.author, quote.authorFunction].filter(Boolean).join(', ')
  return (
    <figure className="rounded-xl border-l-4 border-brand-600 bg-brand-50 px-6 py-5">
      <blockquote className="font-serif text-xl leading-relaxed text-brand-900">
        <p>„{quote.text}“</p>
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
