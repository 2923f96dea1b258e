import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { ContactBox } from '@/components/contact-box'
import { LanguageSwitch } from '@/components/i18n/language-switch'
import { langIfOther } from '@/components/i18n/language-note'
import { JsonLd } from '@/components/json-ld'
import { Prose } from '@/components/prose'
import { StoredImageTag } from '@/components/ui/stored-image'
import { getNewsArticle, type NewsArticle } from '@/db/public/news-article'
import { findRedirect } from '@/db/public/redirects'
import { berlinLocalToInstant, formatDateline } from '@/lib/dates'
import { localeAlternates, otherLocale } from '@/lib/i18n/alternates'
import type { Locale } from '@/lib/i18n/locales'
import {
  eventPath,
  localizeHref,
  newsPath,
  partnerPath,
  QUERY_NAMES,
  sectionPath,
  slugIn,
} from '@/lib/i18n/paths'
import { absoluteUrl, SITE } from '@/lib/site'
import { queryString } from '@/lib/validation/public-query'

function pathsOf(article: NewsArticle) {
  return { de: newsPath(article.slugs.de, 'de'), en: newsPath(slugIn(article.slugs, 'en'), 'en') }
}

export async function newsArticleMetadata(locale: Locale, slug: string): Promise<Metadata> {
  const article = await getNewsArticle(slug, locale)
  if (!article) {
    const common = await getTranslations({ locale, namespace: 'common' })
    return { title: common('notFoundTitle') }
  }
  const description = article.lead.slice(0, 300) || article.title
  const image = article.image
    ? [{ url: `/bilder/${article.image.id}.webp?w=1024`, alt: article.image.alt }]
    : undefined
  const paths = pathsOf(article)
  return {
    title: article.title,
    description,
    alternates: localeAlternates(locale, paths),
    openGraph: {
      type: 'article',
      title: article.title,
      description,
      url: paths[locale],
      publishedTime: berlinLocalToInstant(article.date).toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      tags: article.tags.map((t) => t.name),
      images: image,
    },
    twitter: { card: image ? 'summary_large_image' : 'summary', title: article.title, description },
  }
}

export async function NewsArticleView({ locale, slug }: { locale: Locale; slug: string }) {
  const article = await getNewsArticle(slug, locale)
  if (!article) {
    const target = await findRedirect('news', slug)
    if (target) permanentRedirect(localizeHref(target, locale))
    notFound()
  }
  const paths = pathsOf(article)
  // The English address with the German slug while there is an English one: the English one.
  if (locale === 'en' && paths.en !== newsPath(slug, 'en')) permanentRedirect(paths.en)
  return (
    <>
      <LanguageSwitch locale={locale} href={paths[otherLocale(locale)]} />
      <NewsArticleBody article={article} locale={locale} />
    </>
  )
}

/** The article itself: the public page and the editors' preview both render this. */
export async function NewsArticleBody({
  article,
  locale,
}: {
  article: NewsArticle
  locale: Locale
}) {
  const paths = pathsOf(article)
  const [t, common, site] = await Promise.all([
    getTranslations({ locale, namespace: 'article' }),
    getTranslations({ locale, namespace: 'common' }),
    getTranslations({ locale, namespace: 'site' }),
  ])
  const dateline = formatDateline(article.place, article.date, locale)
  const url = absoluteUrl(paths[locale])
  const textLang = langIfOther(article.lang, locale)

  return (
    <>
      <article className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
        <JsonLd
          data={{
            '@type': 'NewsArticle',
            headline: article.title.slice(0, 110),
            description: article.lead || undefined,
            datePublished: berlinLocalToInstant(article.date).toISOString(),
            dateModified: article.updatedAt.toISOString(),
            dateline,
            inLanguage: article.lang === 'en' ? 'en' : site('jsonLdLanguage'),
            mainEntityOfPage: url,
            url,
            ...(article.image ? { image: [absoluteUrl(`/bilder/${article.image.id}.webp`)] } : {}),
            keywords: article.tags.map((tag) => tag.name).join(', ') || undefined,
            publisher: { '@type': 'Organization', name: SITE.name, url: SITE.url },
            about: article.partners.map((p) => ({
              '@type': 'Organization',
              name: p.name,
              url: absoluteUrl(partnerPath(p.slug, locale)),
            })),
          }}
        />
        <nav aria-label={common('breadcrumb')} className="text-sm">
          <Link href={sectionPath('news', locale)} className="text-brand-800 underline">
            {t('breadcrumb')}
          </Link>
        </nav>
        <header className="mt-6">
          <p className="text-sm font-medium text-muted">
            <time dateTime={article.date}>{dateline}</time>
          </p>
          <h1
            lang={textLang}
            className="mt-2 text-3xl font-bold leading-tight text-brand-900 sm:text-4xl"
          >
            {article.title}
          </h1>
          {article.lead ? (
            <p lang={textLang} className="mt-5 text-lg font-medium leading-relaxed text-ink">
              {article.lead}
            </p>
          ) : null}
        </header>

        {article.image ? (
          <figure className="mt-8" lang={textLang}>
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

        <Prose html={article.bodyHtml} className="mt-8" lang={textLang} />

        {article.event ? (
          <p className="mt-8 rounded-lg border-l-4 border-brand-600 bg-brand-50 px-5 py-4">
            {t('eventReport')}{' '}
            <Link
              href={eventPath(article.event.slug, locale)}
              className="font-medium text-brand-800 underline"
            >
              {article.event.title}
            </Link>
          </p>
        ) : null}

        <div className="mt-10 grid gap-6 sm:grid-cols-2">
          {article.contact ? (
            <ContactBox contact={article.contact} title={t('contact')} locale={locale} />
          ) : null}
          {article.links.length > 0 ? (
            <aside
              aria-labelledby="links-titel"
              className="rounded-lg border border-slate-200 px-5 py-4"
            >
              <h2 id="links-titel" className="text-lg font-semibold text-ink">
                {t('links')}
              </h2>
              <ul className="mt-2 flex flex-col gap-1.5" lang={textLang}>
                {article.links.map((link) => (
                  <li key={`${link.url}-${link.label}`}>
                    <a
                      href={link.url}
                      rel="noopener noreferrer"
                      className="text-brand-800 underline"
                    >
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
              {t('partners')}
            </h2>
            <ul className="mt-2 flex flex-wrap gap-2">
              {article.partners.map((partner) => (
                <li key={partner.slug}>
                  <Link
                    href={partnerPath(partner.slug, locale)}
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
            {t('topics')}{' '}
            {article.tags.map((tag, index) => (
              <span key={tag.slug}>
                {index > 0 ? ', ' : null}
                <Link
                  href={`${sectionPath('news', locale)}${queryString({ [QUERY_NAMES[locale].tag]: tag.slug })}`}
                  className="text-brand-800 underline"
                >
                  {tag.name}
                </Link>
              </span>
            ))}
          </p>
        ) : null}

        {article.previous || article.next ? (
          <nav
            aria-label={t('more')}
            className="mt-12 grid gap-4 border-t border-slate-200 pt-6 sm:grid-cols-2"
          >
            {article.previous ? (
              <Link
                href={newsPath(article.previous.slug, locale)}
                rel="prev"
                className="group no-underline"
              >
                <span className="block text-sm text-muted">{t('older')}</span>
                <span className="font-medium text-brand-800 group-hover:underline">
                  {article.previous.title}
                </span>
              </Link>
            ) : (
              <span />
            )}
            {article.next ? (
              <Link
                href={newsPath(article.next.slug, locale)}
                rel="next"
                className="group text-right no-underline"
              >
                <span className="block text-sm text-muted">{t('newer')}</span>
                <span className="font-medium text-brand-800 group-hover:underline">
                  {article.next.title}
                </span>
              </Link>
            ) : null}
          </nav>
        ) : null}
      </article>
    </>
  )
}
