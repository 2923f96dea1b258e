import type { Metadata } from 'next'
import Link from 'next/link'
import { Highlighted } from '@/components/ui/highlighted'
import { searchSite, type SearchGroup } from '@/db/public/search'
import { failWhenFaultInjected } from '@/lib/fault'
import { parseSearchText } from '@/lib/validation/public-query'

export const instant = false

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export async function generateMetadata({
  searchParams,
}: {
  searchParams: SearchParams
}): Promise<Metadata> {
  const q = parseSearchText((await searchParams).q)
  return { title: q ? `Suche nach „${q}“` : 'Suche', robots: { index: false, follow: true } }
}

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const q = parseSearchText((await searchParams).q)
  failWhenFaultInjected()
  const result = q ? await searchSite(q) : null
  const total = result ? result.partners.total + result.news.total + result.events.total : 0

  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold text-brand-900">Suche</h1>
      <form action="/suche" method="get" role="search" className="mt-6 flex flex-wrap gap-2">
        <label htmlFor="suche-seite" className="sr-only">
          Suchbegriff
        </label>
        <input
          id="suche-seite"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={200}
          placeholder="Partner, Meldungen, Veranstaltungen …"
          className="min-w-0 flex-1 rounded border border-slate-400 px-3 py-2"
        />
        <button
          type="submit"
          className="rounded bg-brand-800 px-5 py-2 font-medium text-white hover:bg-brand-900"
        >
          Suchen
        </button>
      </form>

      {!result ? (
        <p className="mt-8 text-muted">
          Geben Sie einen Suchbegriff ein. Umlaute können Sie auch als ae, oe, ue und ß als ss
          schreiben.
        </p>
      ) : total === 0 ? (
        <div className="mt-8 rounded-lg border border-slate-200 bg-slate-50 p-6">
          <p className="font-semibold">Keine Treffer für „{q}“.</p>
          <p className="mt-2 text-muted">
            Versuchen Sie einen anderen oder kürzeren Suchbegriff, oder stöbern Sie im{' '}
            <Link href="/partner" className="text-brand-800 underline">
              Partnerverzeichnis
            </Link>
            .
          </p>
        </div>
      ) : (
        <>
          <p className="mt-6 text-muted" role="status">
            {total === 1 ? '1 Treffer' : `${total} Treffer`} für „{q}“
          </p>
          <Group
            id="treffer-partner"
            title="Partner"
            group={result.partners}
            more={
              result.partners.total > result.partners.hits.length
                ? `/partner?q=${encodeURIComponent(q)}`
                : null
            }
          />
          <Group id="treffer-meldungen" title="Meldungen" group={result.news} more={null} />
          <Group id="treffer-termine" title="Veranstaltungen" group={result.events} more={null} />
        </>
      )}
    </div>
  )
}

function Group({
  id,
  title,
  group,
  more,
}: {
  id: string
  title: string
  group: SearchGroup
  more: string | null
}) {
  if (group.total === 0) return null
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="border-b border-slate-200 pb-2 text-2xl font-bold text-ink">
        {title} <span className="text-base font-normal text-muted">({group.total})</span>
      </h2>
      <ol className="mt-4 flex flex-col gap-6">
        {group.hits.map((hit) => (
          <li key={hit.href}>
            <h3 className="search-hit-title">
              <a href={hit.href}>
                <Highlighted parts={hit.title} />
              </a>
            </h3>
            {hit.meta ? <p className="list-card-meta">{hit.meta}</p> : null}
            {hit.snippet.length > 0 ? (
              <p className="mt-1 text-ink">
                <Highlighted parts={hit.snippet} />
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {more ? (
        <p className="mt-4">
          <a href={more} className="font-medium text-brand-800 underline">
            Alle {group.total} {title} anzeigen
          </a>
        </p>
      ) : null}
    </section>
  )
}
