import type { Metadata } from 'next'
import Link from 'next/link'
import { NewsTeaser } from '@/components/news-teaser'
import { Pagination } from '@/components/ui/pagination'
import { getNewsList } from '@/db/public/news'
import { parsePage, parseSlugParam, parseYear, queryString } from '@/lib/validation/public-query'

export const instant = false

type SearchParams = Promise<Record<string, string | string[] | undefined>>

async function readQuery(searchParams: SearchParams) {
  const params = await searchParams
  return {
    page: parsePage(params.seite),
    year: parseYear(params.jahr),
    tag: parseSlugParam(params.tag),
  }
}

export async function generateMetadata({
  searchParams,
}: {
  searchParams: SearchParams
}): Promise<Metadata> {
  const query = await readQuery(searchParams)
  return {
    title: query.year ? `Aktuelles ${query.year}` : 'Aktuelles',
    description: 'Meldungen und Pressemitteilungen aus dem Cluster und von seinen Partnern.',
    alternates: { canonical: '/aktuelles', types: { 'application/rss+xml': '/feed.xml' } },
    robots: query.page > 1 || query.year || query.tag ? { index: false, follow: true } : undefined,
  }
}

export default async function NewsListPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await readQuery(searchParams)
  const result = await getNewsList(query)
  const link = (o: Partial<{ jahr: number | null; tag: string | null; seite: number }>) =>
    `/aktuelles${queryString({ jahr: query.year, tag: query.tag, seite: 1, ...o })}`

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold text-brand-900">Aktuelles</h1>
      <p className="mt-2 text-muted">
        {result.total === 1 ? '1 Meldung' : `${result.total} Meldungen`}
        {query.year ? ` aus ${query.year}` : null}
        {result.tag ? ` zum Thema „${result.tag.name}“` : null}
        {' · '}
        <a href="/feed.xml" className="text-brand-800 underline">
          RSS-Feed abonnieren
        </a>
      </p>

      <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_16rem]">
        <section aria-labelledby="liste-titel">
          <h2 id="liste-titel" className="sr-only">
            Meldungen
          </h2>
          {result.items.length === 0 ? (
            <div className="rounded-lg border border-slate-200 bg-slate-50 p-6">
              <p className="font-semibold">
                {result.unknownTag ? 'Dieses Thema gibt es nicht.' : 'Keine Meldungen gefunden.'}
              </p>
              <p className="mt-2">
                <Link href="/aktuelles" className="text-brand-800 underline">
                  Alle Meldungen anzeigen
                </Link>
              </p>
            </div>
          ) : (
            <ol className="flex flex-col divide-y divide-slate-200">
              {result.items.map((item) => (
                <li key={item.slug} className="py-6 first:pt-0">
                  <NewsTeaser item={item} />
                </li>
              ))}
            </ol>
          )}
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            href={(seite) => link({ seite })}
            label="Seiten der Meldungen"
          />
        </section>

        <aside className="flex flex-col gap-8">
          <nav aria-labelledby="jahre-titel">
            <h2
              id="jahre-titel"
              className="text-sm font-semibold uppercase tracking-wide text-muted"
            >
              Nach Jahr
            </h2>
            <ul className="mt-3 flex flex-wrap gap-2">
              <li>
                <a
                  href={link({ jahr: null })}
                  aria-current={!query.year ? 'page' : undefined}
                  className="chip"
                >
                  Alle
                </a>
              </li>
              {result.years.map(({ year, count }) => (
                <li key={year}>
                  <a
                    href={link({ jahr: year })}
                    aria-current={query.year === year ? 'page' : undefined}
                    className="chip"
                  >
                    {year} <span className="opacity-80">({count})</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {result.tags.length > 0 ? (
            <nav aria-labelledby="themen-titel">
              <h2
                id="themen-titel"
                className="text-sm font-semibold uppercase tracking-wide text-muted"
              >
                Themen
              </h2>
              <ul className="mt-3 flex flex-wrap gap-2">
                {result.tags.map((tag) => (
                  <li key={tag.slug}>
                    <a
                      href={link({ tag: query.tag === tag.slug ? null : tag.slug })}
                      aria-current={query.tag === tag.slug ? 'page' : undefined}
                      className="chip"
                    >
                      {tag.name} <span className="opacity-80">({tag.count})</span>
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </aside>
      </div>
    </div>
  )
}
