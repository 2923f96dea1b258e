import type { Metadata } from 'next'
import Link from 'next/link'
import { PartnerViewSwitch } from '@/components/partner-view-switch'
import { Highlighted } from '@/components/ui/highlighted'
import { Pagination } from '@/components/ui/pagination'
import { StoredImageTag } from '@/components/ui/stored-image'
import { getDirectory } from '@/db/public/partners'
import { parseDirectoryQuery, queryString } from '@/lib/validation/public-query'
import { CategoryFilter } from './category-filter'
import { LetterBar } from './letter-bar'

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
      <PartnerViewSwitch
        current="list"
        listHref={link({ seite: 1 })}
        mapHref={`/partner/karte${queryString({ q: query.q, kategorie: query.category })}`}
      />

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

      <div className="mt-6 grid grid-cols-1 gap-6 lg:mt-8 lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-10">
        <CategoryFilter result={result} active={query.category} link={link} />

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
            <ol className="grid grid-cols-1 gap-5 sm:grid-cols-2">
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
