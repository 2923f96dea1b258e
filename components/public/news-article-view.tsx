import Link from 'next/link'
import { ContactBox } from '@/components/contact-box'
import { JsonLd } from '@/components/json-ld'
import { Prose } from '@/components/prose'
import { StoredImageTag } from '@/components/ui/stored-image'
import type { NewsArticle } from '@/db/public/news-article'
import { berlinLocalToInstant, formatDateline } from '@/lib/dates'
import { absoluteUrl, SITE } from '@/lib/site'

/** A news item as visitors see it; the public page and the editors' preview both render this. */
export function NewsArticleView({ article }: { article: NewsArticle }) {
  const dateline = formatDateline(article.place, article.date)
  const url = absoluteUrl(`/aktuelles/${article.slug}`)

  return (
    <article className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <JsonLd
        data={{
          '@type': 'NewsArticle',
          headline: article.title.slice(0, 110),
          description: article.lead || undefined,
          datePublished: berlinLocalToInstant(article.date).toISOString(),
          dateModified: article.updatedAt.toISOString(),
          dateline,
          inLanguage: 'de-DE',
          mainEntityOfPage: url,
          url,
          ...(article.image ? { image: [absoluteUrl(`/bilder/${article.image.id}.webp`)] } : {}),
          keywords: article.tags.map((t) => t.name).join(', ') || undefined,
          publisher: { '@type': 'Organization', name: SITE.name, url: SITE.url },
          about: article.partners.map((p) => ({
            '@type': 'Organization',
            name: p.name,
            url: absoluteUrl(`/partner/${p.slug}`),
          })),
        }}
      />
      <nav aria-label="Brotkrümelnavigation" className="text-sm">
        <Link href="/aktuelles" className="text-brand-800 underline">
          Aktuelles
        </Link>
      </nav>
      <header className="mt-6">
        <p className="text-sm font-medium text-muted">
          <time dateTime={article.date}>{dateline}</time>
        </p>
        <h1 className="mt-2 text-3xl font-bold leading-tight text-brand-900 sm:text-4xl">
          {article.title}
        </h1>
        {article.lead ? (
          <p className="mt-5 text-lg font-medium leading-relaxed text-ink">{article.lead}</p>
        ) : null}
      </header>

      {article.image ? (
        <figure className="mt-8">
          <StoredImageTag
            image={article.image}
            displayWidth={768}
            priority
            className="h-auto w-full rounded-lg"
          />
          {article.image.credit ? (
            <figcaption className="mt-2 text-sm text-muted">{article.image.credit}</figcaption>
          ) : null}
        </figure>
      ) : null}

      <Prose html={article.bodyHtml} className="mt-8" />

      {article.event ? (
        <p className="mt-8 rounded-lg border-l-4 border-brand-600 bg-brand-50 px-5 py-4">
          Bericht zur Veranstaltung{' '}
          <Link
            href={`/veranstaltungen/${article.event.slug}`}
            className="font-medium text-brand-800 underline"
          >
            {article.event.title}
          </Link>
        </p>
      ) : null}

      <div className="mt-10 grid gap-6 sm:grid-cols-2">
        {article.contact ? (
          <ContactBox contact={article.contact} title="Kontakt und Informationen" />
        ) : null}
        {article.links.length > 0 ? (
          <aside
            aria-labelledby="links-titel"
            className="rounded-lg border border-slate-200 px-5 py-4"
          >
            <h2 id="links-titel" className="text-lg font-semibold text-ink">
              Mehr Informationen
            </h2>
            <ul className="mt-2 flex flex-col gap-1.5">
              {article.links.map((link) => (
                <li key={`${link.url}-${link.label}`}>
                  <a href={link.url} rel="noopener noreferrer" className="text-brand-800 underline">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </aside>
        ) : null}
      </div>

      {article.partners.length > 0 ? (
        <section aria-labelledby="partner-titel" className="mt-10">
          <h2 id="partner-titel" className="text-lg font-semibold text-ink">
            Beteiligte Partner
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {article.partners.map((partner) => (
              <li key={partner.slug}>
                <Link
                  href={`/partner/${partner.slug}`}
                  className="inline-block rounded-full border border-slate-300 px-3 py-1 text-sm text-brand-800 no-underline hover:bg-brand-50"
                >
                  {partner.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {article.tags.length > 0 ? (
        <p className="mt-6 text-sm text-muted">
          Themen:{' '}
          {article.tags.map((tag, index) => (
            <span key={tag.slug}>
              {index > 0 ? ', ' : null}
              <Link href={`/aktuelles?tag=${tag.slug}`} className="text-brand-800 underline">
                {tag.name}
              </Link>
            </span>
          ))}
        </p>
      ) : null}

      {article.previous || article.next ? (
        <nav
          aria-label="Weitere Meldungen"
          className="mt-12 grid gap-4 border-t border-slate-200 pt-6 sm:grid-cols-2"
        >
          {article.previous ? (
            <Link
              href={`/aktuelles/${article.previous.slug}`}
              rel="prev"
              className="group no-underline"
            >
              <span className="block text-sm text-muted">‹ Ältere Meldung</span>
              <span className="font-medium text-brand-800 group-hover:underline">
                {article.previous.title}
              </span>
            </Link>
          ) : (
            <span />
          )}
          {article.next ? (
            <Link
              href={`/aktuelles/${article.next.slug}`}
              rel="next"
              className="group text-right no-underline"
            >
              <span className="block text-sm text-muted">Neuere Meldung ›</span>
              <span className="font-medium text-brand-800 group-hover:underline">
                {article.next.title}
              </span>
            </Link>
          ) : null}
        </nav>
      ) : null}
    </article>
  )
}
