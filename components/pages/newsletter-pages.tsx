import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { LanguageSwitch } from '@/components/i18n/language-switch'
import { SubscribeForm } from '@/components/newsletter/subscribe-form'
import { TopicsForm } from '@/components/newsletter/topics-form'
import { newsletterSettings } from '@/db/admin/newsletter-visitor'
import { localeAlternates, otherLocale } from '@/lib/i18n/alternates'
import type { Locale } from '@/lib/i18n/locales'
import { newsletterPath, sectionPath, type NewsletterPage } from '@/lib/i18n/paths'

/*
 * The newsletter's visitor pages in each language: /newsletter and its answer pages, and
 * /en/newsletter with English paths. The links in a subscriber's mails lead to the pages in the
 * subscriber's language.
 */

export type SearchParams = Promise<Record<string, string | string[] | undefined>>

const bothPaths = (page: NewsletterPage) => ({
  de: newsletterPath(page, 'de'),
  en: newsletterPath(page, 'en'),
})

export async function newsletterMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'newsletter' })
  return {
    title: t('title'),
    description: t('lead'),
    alternates: localeAlternates(locale, bothPaths('subscribe')),
  }
}

export async function NewsletterView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'newsletter' })
  return (
    <>
      <LanguageSwitch locale={locale} href={newsletterPath('subscribe', otherLocale(locale))} />
      <div className="mx-auto max-w-2xl px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="mt-3 text-lg text-muted">{t('lead')}</p>
        <SubscribeForm />
        <p className="mt-8 text-sm text-muted">{t('privacy')}</p>
      </div>
    </>
  )
}

/** The short answer pages: confirmed, unsubscribed, invalid link. */
const NOTICES = {
  confirmed: { title: 'confirmedTitle', text: 'confirmed' },
  unsubscribed: { title: 'unsubscribedTitle', text: 'unsubscribed' },
  invalidLink: { title: 'confirmFailedTitle', text: 'confirmFailed' },
} as const

export type NoticePage = keyof typeof NOTICES

export async function noticeMetadata(locale: Locale, page: NoticePage): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'newsletter' })
  return { title: t(NOTICES[page].title), robots: { index: false } }
}

export async function NoticeView({ locale, page }: { locale: Locale; page: NoticePage }) {
  const t = await getTranslations({ locale, namespace: 'newsletter' })
  return (
    <Notice
      locale={locale}
      title={t(NOTICES[page].title)}
      text={t(NOTICES[page].text)}
      switchTo={newsletterPath(page, otherLocale(locale))}
    />
  )
}

async function Notice({
  locale,
  title,
  text,
  switchTo,
}: {
  locale: Locale
  title: string
  text: string
  switchTo: string
}) {
  const t = await getTranslations({ locale, namespace: 'newsletter' })
  return (
    <>
      <LanguageSwitch locale={locale} href={switchTo} />
      <div className="mx-auto max-w-2xl px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
        <p className="mt-4 text-lg" role="status">
          {text}
        </p>
        <p className="mt-6">
          <a href={sectionPath('home', locale)} className="text-brand-800 underline">
            {t('home')}
          </a>
        </p>
      </div>
    </>
  )
}

async function keyOf(searchParams: SearchParams): Promise<string> {
  const raw = (await searchParams).key
  return typeof raw === 'string' && raw.length <= 100 ? raw : ''
}

const withKey = (path: string, key: string) => `${path}?key=${encodeURIComponent(key)}`

export async function unsubscribeMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'newsletter' })
  return { title: t('unsubscribeTitle'), robots: { index: false } }
}

/*
 * The visible unsubscribe link of every mail. Opening it changes nothing (mail scanners open
 * links); the one button posts to the one-click address, no login and no further question.
 */
export async function UnsubscribeView({
  locale,
  searchParams,
}: {
  locale: Locale
  searchParams: SearchParams
}) {
  const key = await keyOf(searchParams)
  const t = await getTranslations({ locale, namespace: 'newsletter' })
  const switchTo = withKey(newsletterPath('unsubscribe', otherLocale(locale)), key)
  if (!key)
    return (
      <Notice
        locale={locale}
        title={t('unsubscribeTitle')}
        text={t('linkInvalid')}
        switchTo={switchTo}
      />
    )
  return (
    <>
      <LanguageSwitch locale={locale} href={switchTo} />
      <div className="mx-auto max-w-2xl px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold text-brand-900">{t('unsubscribeTitle')}</h1>
        <p className="mt-4 text-lg">{t('unsubscribeLead')}</p>
        <form
          method="post"
          action={withKey(newsletterPath('oneClick', locale), key)}
          className="mt-6"
        >
          <input type="hidden" name="List-Unsubscribe" value="One-Click" />
          <button
            type="submit"
            className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
          >
            {t('unsubscribeButton')}
          </button>
        </form>
      </div>
    </>
  )
}

export async function settingsMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'newsletter' })
  return { title: t('settingsTitle'), robots: { index: false } }
}

/** The topics-change link of every mail: the key in it opens this subscriber's topics. */
export async function SettingsView({
  locale,
  searchParams,
}: {
  locale: Locale
  searchParams: SearchParams
}) {
  const key = await keyOf(searchParams)
  const t = await getTranslations({ locale, namespace: 'newsletter' })
  const settings = key ? newsletterSettings(key) : null
  const switchTo = withKey(newsletterPath('settings', otherLocale(locale)), key)
  if (!settings || settings.state === 'unsubscribed')
    return (
      <Notice
        locale={locale}
        title={t('settingsTitle')}
        text={t('linkInvalid')}
        switchTo={switchTo}
      />
    )
  return (
    <>
      <LanguageSwitch locale={locale} href={switchTo} />
      <div className="mx-auto max-w-2xl px-4 py-10 sm:px-6">
        <h1 className="text-3xl font-bold text-brand-900">{t('settingsTitle')}</h1>
        <p className="mt-3 text-muted">{settings.maskedEmail}</p>
        <TopicsForm manageKey={key} topics={settings.topics} />
        <p className="mt-8">
          <a
            href={withKey(newsletterPath('unsubscribe', locale), key)}
            className="text-brand-800 underline"
          >
            {t('unsubscribeTitle')}
          </a>
        </p>
      </div>
    </>
  )
}
