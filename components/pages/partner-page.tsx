import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { EventTeaser } from '@/components/event-teaser'
import { LanguageSwitch } from '@/components/i18n/language-switch'
import { langIfOther } from '@/components/i18n/language-note'
import { JsonLd } from '@/components/json-ld'
import { NewsTeaser } from '@/components/news-teaser'
import { PartnerLocator } from '@/components/partner-locator'
import { PartnerQuote } from '@/components/partner-quote'
import { Prose } from '@/components/prose'
import { StoredImageTag } from '@/components/ui/stored-image'
import { getPartnerProfile, type PartnerProfile } from '@/db/public/partner-profile'
import { findRedirect } from '@/db/public/redirects'
import { formatTimestamp } from '@/lib/dates'
import { organizationLocation } from '@/lib/geo/json-ld'
import { mapHref } from '@/lib/geo/map-query'
import { stateByCode } from '@/lib/geo/states'
import { localeAlternates, otherLocale } from '@/lib/i18n/alternates'
import type { Locale } from '@/lib/i18n/locales'
import { localizeHref, partnerPath, QUERY_NAMES, sectionPath, slugIn } from '@/lib/i18n/paths'
import { absoluteUrl } from '@/lib/site'
import { queryString } from '@/lib/validation/public-query'

function pathsOf(partner: PartnerProfile) {
  return {
    de: partnerPath(partner.slugs.de, 'de'),
    en: partnerPath(slugIn(partner.slugs, 'en'), 'en'),
  }
}

function load(slug: string, locale: Locale) {
  return getPartnerProfile(slug.toLowerCase(), locale)
}

export async function partnerMetadata(locale: Locale, slug: string): Promise<Metadata> {
  const partner = await load(slug, locale)
  const t = await getTranslations({ locale, namespace: 'partner' })
  if (!partner) {
    const common = await getTranslations({ locale, namespace: 'common' })
    return { title: common('notFoundTitle') }
  }
  const description = partner.city
    ? t('descriptionCity', {
        name: partner.name,
        category: partner.category.name,
        city: partner.city,
      })
    : t('description', { name: partner.name, category: partner.category.name })
  const paths = pathsOf(partner)
  return {
    title: partner.name,
    description,
    alternates: localeAlternates(locale, paths),
    openGraph: {
      type: 'profile',
      title: partner.name,
      description,
      url: paths[locale],
      images: partner.logo
        ? [{ url: `/bilder/${partner.logo.id}.webp?w=640`, alt: partner.logo.alt }]
        : undefined,
    },
    twitter: { card: 'summary', title: partner.name, description },
  }
}

export async function PartnerView({ locale, slug }: { locale: Locale; slug: string }) {
  const partner = await load(slug, locale)
  if (!partner) {
    const target = await findRedirect('partner', slug.toLowerCase())
    if (target) permanentRedirect(localizeHref(target, locale))
    notFound()
  }
  const paths = pathsOf(partner)
  // The English address with the German slug while there is an English one: the English one.
  if (locale === 'en' && paths.en !== partnerPath(slug.toLowerCase(), 'en'))
    permanentRedirect(paths.en)
  return (
    <>
      <LanguageSwitch locale={locale} href={paths[otherLocale(locale)]} />
      <PartnerBody partner={partner} locale={locale} />
    </>
  )
}

/** The profile itself: the public page and the editors' and partners' preview render this. */
export async function PartnerBody({
  partner,
  locale,
}: {
  partner: PartnerProfile
  locale: Locale
}) {
  const paths = pathsOf(partner)
  const [t, common, site] = await Promise.all([
    getTranslations({ locale, namespace: 'partner' }),
    getTranslations({ locale, namespace: 'common' }),
    getTranslations({ locale, namespace: 'site' }),
  ])
  const url = absoluteUrl(paths[locale])
  const textLang = langIfOther(partner.lang, locale)
  const categoryHref = `${sectionPath('partners', locale)}${queryString({ [QUERY_NAMES[locale].category]: partner.category.slug })}`

  return (
    <>
      <article className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
        <JsonLd
          data={{
            '@type': 'Organization',
            name: partner.name,
            url: partner.website ?? url,
            ...(partner.logo ? { logo: absoluteUrl(`/bilder/${partner.logo.id}.webp`) } : {}),
            ...organizationLocation(partner),
            mainEntityOfPage: {
              '@type': 'ProfilePage',
              '@id': url,
              inLanguage: partner.lang === 'en' ? 'en' : site('jsonLdLanguage'),
            },
          }}
        />
        <nav aria-label={common('breadcrumb')} className="text-sm text-muted">
          <ol className="flex flex-wrap gap-1">
            <li>
              <Link href={sectionPath('partners', locale)} className="text-brand-800 underline">
                {t('breadcrumb')}
              </Link>
              <span aria-hidden="true"> ›</span>
            </li>
            <li>
              <Link href={categoryHref} className="text-brand-800 underline">
                {partner.category.name}
              </Link>
            </li>
          </ol>
        </nav>

        <header className="mt-6 flex flex-col-reverse gap-6 sm:flex-row sm:items-start sm:justify-between">
          <div>
            <h1 className="text-3xl font-bold leading-tight text-brand-900">{partner.name}</h1>
            <p className="mt-2 text-muted">
              {t('category')}{' '}
              <Link href={categoryHref} className="text-brand-800 underline">
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
                  {t('website', {
                    host: partner.website.replace(/^https?:\/\//, '').replace(/\/$/, ''),
                  })}
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
            <PartnerQuote quote={{ ...partner.quote, lang: partner.lang }} locale={locale} />
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
              {t('toc')}
            </h2>
            <ul className="mt-2 flex flex-col gap-1" lang={textLang}>
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

        <Prose html={partner.bodyHtml} className="mt-8" lang={textLang} />

        <PartnerLocator
          partner={partner}
          locale={locale}
          mapHref={mapHref(
            { q: '', category: null, state: stateByCode(partner.state), area: null },
            {},
            locale,
          )}
        />

        {partner.news.length > 0 ? (
          <section aria-labelledby="meldungen-titel" className="mt-12">
            <h2
              id="meldungen-titel"
              className="border-b border-slate-200 pb-2 text-2xl font-bold text-ink"
            >
              {t('news', { name: partner.name })}
            </h2>
            <ul className="mt-6 flex flex-col gap-6">
              {partner.news.map((item) => (
                <li key={item.slug}>
                  <NewsTeaser item={item} locale={locale} />
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
              {t('events')}
            </h2>
            <ul className="mt-6 flex flex-col gap-6">
              {partner.events.map((item) => (
                <li key={item.slug}>
                  <EventTeaser item={item} locale={locale} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <p className="mt-12 border-t border-slate-200 pt-4 text-sm text-muted">
          {common('lastUpdated')}{' '}
          <time dateTime={partner.updatedAt.toISOString()}>
            {formatTimestamp(partner.updatedAt, locale)}
          </time>
        </p>
      </article>
    </>
  )
}
