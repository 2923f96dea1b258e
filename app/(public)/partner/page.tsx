import type { Metadata } from 'next'
import Link from 'next/link'
import { Highlighted } from '@/components/ui/highlighted'
import { Pagination } from '@/components/ui/pagination'
import { StoredImageTag } from '@/components/ui/stored-image'
import { getDirectory, type DirectoryResult } from '@/db/public-partners'
import { parseDirectoryQuery, queryString } from '@/lib/validation/public-query'

// Filtered by the URL: rendered per request from cached data, complete before it is sent, so it
// works without JavaScript.
export const instant = false

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export async function generateMetadata({
  searchParams,
}: {
  searchParams: SearchParams
}): Promise<Metadata> {
  const query = parseDirectoryQuery(await searchParams)
  const filtered = query.q || query.category || query.letter || query.page > 1
  return {
    title: query.q ? `Partner: Suche nach „${query.q}“` : 'Partnerverzeichnis',
    description:
      'Alle Partner des Clusters: Unternehmen, Hochschulen, Forschungseinrichtungen, Vereine und Verbände.',
    alternates: { canonical: '/partner' },
    robots: filtered ? { index: false, follow: true } : undefined,
  }
}

export default async function DirectoryPage({ searchParams }: { searchParams: SearchParams }) {
  const query = parseDirectoryQuery(await searchParams)
  const result = await getDirectory(query)
  const link = (
    overrides: Partial<{
      q: string
      kategorie: string | null
      buchstabe: string | null
      seite: number
    }>,
  ) =>
    `/partner${queryString({ q: query.q, kategorie: query.category, buchstabe: query.letter, seite: 1, ...overrides })}`

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold text-brand-900">Partnerverzeichnis</h1>
      <p className="mt-2 text-muted">
        {result.category ? `${result.category.name}: ` : null}
        {result.total === 1 ? '1 Partner' : `${result.total} Partner`}
        {query.q ? ` zur Suche „${query.q}“` : null}
        {query.letter
          ? ` mit ${query.letter === '#' ? 'Ziffer oder Zeichen' : `„${query.letter}“`} am Anfang`
          : null}
      </p>

      <form
        action="/partner"
        method="get"
        role="search"
        className="mt-6 flex max-w-2xl flex-wrap gap-2"
      >
        <label htmlFor="verzeichnis-suche" className="sr-only">
          Partner suchen
        </label>
        <input
          id="verzeichnis-suche"
          name="q"
          type="search"
          defaultValue={query.q}
          maxLength={200}
          placeholder="Name, Thema oder Ort …"
          className="min-w-0 flex-1 rounded border border-slate-400 px-3 py-2"
        />
        {query.category ? <input type="hidden" name="kategorie" value={query.category} /> : null}
        <button
          type="submit"
          className="rounded bg-brand-800 px-5 py-2 font-medium text-white hover:bg-brand-900"
        >
          Suchen
        </button>
      </form>

      <LetterBar result={result} query={query} link={link} />

      <div className="mt-8 grid gap-10 lg:grid-cols-[16rem_1fr]">
        <nav aria-label="Kategorien" className="lg:order-none">
          <h2 className="text-sm font-semibold uppercase tracking-wide text-muted">Kategorien</h2>
          <ul className="mt-3 flex flex-col gap-1">
            <li>
              <Link
                href={link({ kategorie: null })}
                aria-current={!query.category ? 'page' : undefined}
                className={`flex justify-between gap-3 rounded px-3 py-2 no-underline hover:bg-brand-50 ${!query.category ? 'bg-brand-50 font-semibold text-brand-900' : 'text-ink'}`}
              >
                <span>Alle Kategorien</span>
                <span className="text-muted">
                  {result.facets.reduce((sum, f) => sum + f.count, 0)}
                </span>
              </Link>
            </li>
            {result.facets.map((facet) => {
              const active = facet.slug === query.category
              return (
                <li key={facet.slug}>
                  <Link
                    href={link({ kategorie: facet.slug })}
                    aria-current={active ? 'page' : undefined}
                    className={`flex justify-between gap-3 rounded px-3 py-2 no-underline hover:bg-brand-50 ${active ? 'bg-brand-50 font-semibold text-brand-900' : 'text-ink'}`}
                  >
                    <span>{facet.name}</span>
                    <span className="text-muted">({facet.count})</span>
                  </Link>
                </li>
              )
            })}
          </ul>
        </nav>

        <section aria-labelledby="ergebnisse-titel">
          <h2 id="ergebnisse-titel" className="sr-only">
            Ergebnisse
          </h2>
          {result.items.length === 0 ? (
            <div className="rounded-lg border border-slate-200 bg-slate-50 p-6">
              <p className="font-semibold text-ink">
                {result.unknownCategory
                  ? 'Diese Kategorie gibt es nicht.'
                  : 'Keine Partner gefunden.'}
              </p>
              <p className="mt-2 text-muted">
                {query.q ? 'Versuchen Sie einen anderen Suchbegriff oder weniger Wörter. ' : null}
                <Link href="/partner" className="text-brand-800 underline">
                  Alle Partner anzeigen
                </Link>
              </p>
            </div>
          ) : (
            <ol className="grid gap-5 sm:grid-cols-2">
              {result.items.map((item) => (
                <li
                  key={item.slug}
                  className="flex gap-4 rounded-lg border border-slate-200 p-4 hover:border-brand-600"
                >
                  <div className="flex h-16 w-24 shrink-0 items-center justify-center">
                    {item.logo ? (
                      <StoredImageTag
                        image={item.logo}
                        displayWidth={96}
                        decorative
                        className="max-h-16 w-auto object-contain"
                      />
                    ) : (
                      <span
                        aria-hidden="true"
                        className="grid size-14 place-items-center rounded bg-slate-100 text-xl font-bold text-slate-500"
                      >
                        {item.name.charAt(0)}
                      </span>
                    )}
                  </div>
                  <div className="min-w-0">
                    <h3 className="font-semibold leading-snug">
                      <Link
                        href={`/partner/${item.slug}`}
                        className="text-brand-800 hover:underline"
                      >
                        {item.name}
                      </Link>
                    </h3>
                    <p className="mt-0.5 text-sm text-muted">
                      {[item.categoryName, item.city].filter(Boolean).join(' · ')}
                    </p>
                    {item.excerpt.length > 0 ? (
                      <p className="mt-2 line-clamp-3 text-sm text-ink">
                        <Highlighted parts={item.excerpt} />
                      </p>
                    ) : null}
                  </div>
                </li>
              ))}
            </ol>
          )}
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            href={(seite) => link({ seite })}
            label="Seiten des Verzeichnisses"
          />
        </section>
      </div>
    </div>
  )
}

function LetterBar({
  result,
  query,
  link,
}: {
  result: DirectoryResult
  query: { letter: string | null }
  link: (o: { buchstabe: string | null }) => string
}) {
  return (
    <nav aria-label="Nach Anfangsbuchstabe" className="mt-6">
      <ul className="flex flex-wrap gap-1">
        <li>
          <Link
            href={link({ buchstabe: null })}
            aria-current={!query.letter ? 'page' : undefined}
            className={`inline-flex h-9 items-center rounded px-2.5 text-sm no-underline ${!query.letter ? 'bg-brand-800 font-semibold text-white' : 'text-brand-800 hover:bg-brand-50'}`}
          >
            Alle
          </Link>
        </li>
        {result.letters.map(({ letter, count }) => {
          const active = letter === query.letter
          const label = letter === '#' ? 'Ziffern und Zeichen' : letter
          return (
            <li key={letter}>
              {count === 0 && !active ? (
                <span
                  className="inline-flex h-9 min-w-9 items-center justify-center rounded text-sm text-slate-500"
                  aria-label={`${label}: keine Einträge`}
                >
                  {letter}
                </span>
              ) : (
                <Link
                  href={link({ buchstabe: letter })}
                  aria-current={active ? 'page' : undefined}
                  aria-label={`${label} (${count})`}
                  className={`inline-flex h-9 min-w-9 items-center justify-center rounded text-sm font-medium no-underline ${active ? 'bg-brand-800 text-white' : 'text-brand-800 hover:bg-brand-50'}`}
                >
                  {letter}
                </Link>
              )}
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
