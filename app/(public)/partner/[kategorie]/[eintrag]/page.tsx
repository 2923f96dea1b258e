import type { Metadata } from 'next'
import Link from 'next/link'
import { findRedirect } from '@/db/public/redirects'
import { notFound, permanentRedirect } from 'next/navigation'
import { EventTeaser } from '@/components/event-teaser'
import { JsonLd } from '@/components/json-ld'
import { NewsTeaser } from '@/components/news-teaser'
import { PartnerQuote } from '@/components/partner-quote'
import { Prose } from '@/components/prose'
import { StoredImageTag } from '@/components/ui/stored-image'
import { getPartnerProfile } from '@/db/public/partner-profile'
import { formatTimestamp } from '@/lib/dates'
import { absoluteUrl } from '@/lib/site'
import { PartnerLocator } from '@/components/partner-locator'
import { organizationLocation } from '@/lib/geo/json-ld'
import { stateByCode } from '@/lib/geo/states'

type Params = Promise<{ kategorie: string; eintrag: string }>

// Profiles render on their first visit and are then served from the cache until they change.
export function generateStaticParams() {
  return [{ kategorie: 'beispiel', eintrag: 'beispiel' }]
}

async function load(params: Params) {
  const { kategorie, eintrag } = await params
  return getPartnerProfile(`${kategorie}/${eintrag}`.toLowerCase())
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const partner = await load(params)
  if (!partner) return { title: 'Seite nicht gefunden' }
  const description = `${partner.name} – ${partner.category.name}${partner.city ? `, ${partner.city}` : ''}. Profil im Partnerverzeichnis.`
  return {
    title: partner.name,
    description,
    alternates: { canonical: `/partner/${partner.slug}` },
    openGraph: {
      type: 'profile',
      title: partner.name,
      description,
      url: `/partner/${partner.slug}`,
      images: partner.logo
        ? [{ url: `/bilder/${partner.logo.id}.webp?w=640`, alt: partner.logo.alt }]
        : undefined,
    },
    twitter: { card: 'summary', title: partner.name, description },
  }
}

export default async function PartnerPage({ params }: { params: Params }) {
  const partner = await load(params)
  if (!partner) {
    const { kategorie, eintrag } = await params
    const target = await findRedirect('partner', `${kategorie}/${eintrag}`.toLowerCase())
    if (target) permanentRedirect(target)
    notFound()
  }
  const url = absoluteUrl(`/partner/${partner.slug}`)

  return (
    <article className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <JsonLd
        data={{
          '@type': 'Organization',
          name: partner.name,
          url: partner.website ?? url,
          ...(partner.logo ? { logo: absoluteUrl(`/bilder/${partner.logo.id}.webp`) } : {}),
          ...organizationLocation(partner),
          mainEntityOfPage: url,
        }}
      />
      <nav aria-label="Brotkrümelnavigation" className="text-sm text-muted">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link href="/partner" className="text-brand-800 underline">
              Partner
            </Link>
            <span aria-hidden="true"> ›</span>
          </li>
          <li>
            <Link
              href={`/partner?kategorie=${partner.category.slug}`}
              className="text-brand-800 underline"
            >
              {partner.category.name}
            </Link>
          </li>
        </ol>
      </nav>

      <header className="mt-6 flex flex-col-reverse gap-6 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h1 className="text-3xl font-bold leading-tight text-brand-900">{partner.name}</h1>
          <p className="mt-2 text-muted">
            Kategorie:{' '}
            <Link
              href={`/partner?kategorie=${partner.category.slug}`}
              className="text-brand-800 underline"
            >
              {partner.category.name}
            </Link>
            {partner.city ? ` · ${partner.city}` : null}
          </p>
          {partner.website ? (
            <p className="mt-2">
              <a
                href={partner.website}
                rel="noopener noreferrer"
                className="font-medium text-brand-800 underline"
              >
                Website: {partner.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
              </a>
            </p>
          ) : null}
        </div>
        {partner.logo ? (
          <div className="shrink-0 rounded-lg border border-slate-200 bg-white p-3">
            <StoredImageTag
              image={partner.logo}
              displayWidth={240}
              priority
              className="h-auto max-h-32 w-auto max-w-60 object-contain"
            />
          </div>
        ) : null}
      </header>

      {partner.quote ? (
        <div className="mt-8">
          <PartnerQuote quote={partner.quote} />
        </div>
      ) : null}

      {partner.toc.length >= 2 ? (
        <nav
          aria-labelledby="inhalt-titel"
          className="mt-8 rounded-lg border border-slate-200 bg-slate-50 px-5 py-4"
        >
          <h2
            id="inhalt-titel"
            className="text-sm font-semibold uppercase tracking-wide text-muted"
          >
            Inhalt
          </h2>
          <ul className="mt-2 flex flex-col gap-1">
            {partner.toc.map((entry) => (
              <li key={entry.id} style={{ paddingLeft: `${(entry.level - 2) * 1}rem` }}>
                <a href={`#${entry.id}`} className="text-brand-800 underline">
                  {entry.text}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      <Prose html={partner.bodyHtml} className="mt-8" />

      <PartnerLocator
        partner={partner}
        mapHref={`/partner/karte${partner.state ? `?land=${stateByCode(partner.state)?.slug ?? ''}` : ''}`}
      />

      {partner.news.length > 0 ? (
        <section aria-labelledby="meldungen-titel" className="mt-12">
          <h2
            id="meldungen-titel"
            className="border-b border-slate-200 pb-2 text-2xl font-bold text-ink"
          >
            Meldungen mit {partner.name}
          </h2>
          <ul className="mt-6 flex flex-col gap-6">
            {partner.news.map((item) => (
              <li key={item.slug}>
                <NewsTeaser item={item} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {partner.events.length > 0 ? (
        <section aria-labelledby="termine-titel" className="mt-12">
          <h2
            id="termine-titel"
            className="border-b border-slate-200 pb-2 text-2xl font-bold text-ink"
          >
            Veranstaltungen
          </h2>
          <ul className="mt-6 flex flex-col gap-6">
            {partner.events.map((item) => (
              <li key={item.slug}>
                <EventTeaser item={item} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <p className="mt-12 border-t border-slate-200 pt-4 text-sm text-muted">
        Zuletzt aktualisiert:{' '}
        <time dateTime={partner.updatedAt.toISOString()}>{formatTimestamp(partner.updatedAt)}</time>
      </p>
    </article>
  )
}
