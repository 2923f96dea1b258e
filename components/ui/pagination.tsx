import Link from 'next/link'

export type PaginationLabels = { previous: string; next: string; page: string }

const GERMAN: PaginationLabels = { previous: '‹ Zurück', next: 'Weiter ›', page: 'Seite ' }

/**
 * Numbered page links; `href(page)` builds each URL so every filter stays in it. The public
 * pages pass their language's `labels` (messages, namespace "pagination").
 */
export function Pagination({
  page,
  pageCount,
  href,
  label = 'Seiten',
  labels = GERMAN,
}: {
  page: number
  pageCount: number
  href: (page: number) => string
  label?: string
  labels?: PaginationLabels
}) {
  if (pageCount <= 1) return null
  const pages = new Set(
    [1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter(
      (p) => p >= 1 && p <= pageCount,
    ),
  )
  const sorted = [...pages].sort((a, b) => a - b)
  const base =
    'inline-flex min-w-10 items-center justify-center rounded border px-3 py-2 text-sm no-underline'
  return (
    <nav aria-label={label} className="mt-10">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link
              href={href(page - 1)}
              rel="prev"
              className={`${base} border-slate-300 text-brand-800 hover:bg-brand-50`}
            >
              {labels.previous}
            </Link>
          </li>
        ) : null}
        {sorted.map((p, index) => (
          <li key={p} className="flex items-center gap-2">
            {index > 0 && p - sorted[index - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
            {p === page ? (
              <span
                aria-current="page"
                className={`${base} border-brand-800 bg-brand-800 font-semibold text-white`}
              >
                <span className="sr-only">{labels.page}</span>
                {p}
              </span>
            ) : (
              <Link
                href={href(p)}
                className={`${base} border-slate-300 text-brand-800 hover:bg-brand-50`}
              >
                <span className="sr-only">{labels.page}</span>
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <Link
              href={href(page + 1)}
              rel="next"
              className={`${base} border-slate-300 text-brand-800 hover:bg-brand-50`}
            >
              {labels.next}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
