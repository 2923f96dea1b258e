import Link from 'next/link'
import { forbidden, notFound } from 'next/navigation'
import { TranslationForm } from './translation-form'
import { LanguageTabs } from '@/components/admin/language-tabs'
import { SavedNotice } from '@/components/admin/saved-notice'
import { StatusBadge } from '@/components/admin/status-badge'
import { Forbidden, requirePageRole } from '@/db/auth/guard'
import { getTranslationForEdit } from '@/db/admin/translations'
import { formatTimestamp, instantToBerlinLocal } from '@/lib/dates'
import { englishAdminPath, TRANSLATION_KINDS } from '@/lib/translation-kinds'
import type { TranslatableType } from '@/lib/validation/translation'
import { getAdminLocale, getAdminTranslations } from '@/lib/i18n/admin'

/** The English tab of an item: its translation's own form and status, the German texts beside. */
export async function TranslationPage({
  type,
  params,
  searchParams,
}: {
  type: TranslatableType
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  await requirePageRole()
  const id = Number((await params).id)
  const edit =
    Number.isSafeInteger(id) && id > 0
      ? await getTranslationForEdit(type, id).catch((error: unknown) => {
          // Another organisation's item, or a kind the role may not edit: a 403 page.
          if (error instanceof Forbidden) forbidden()
          throw error
        })
      : null
  if (!edit) notFound()
  const { german, translation, role } = edit
  const saved = (await searchParams).gespeichert
  const kind = TRANSLATION_KINDS[type]
  const t = await getAdminTranslations('translation')
  const locale = await getAdminLocale()
  return (
    <div className="flex flex-col gap-5">
      <LanguageTabs
        germanHref={kind.adminPath(id)}
        englishHref={englishAdminPath(type, id)}
        current="en"
      />
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-brand-900">
          {t('heading', { title: translation?.title || german.title })}
        </h1>
        {translation ? (
          <StatusBadge status={translation.status} />
        ) : (
          <span className="text-sm text-muted">{t('untranslated')}</span>
        )}
        {translation ? (
          <Link
            href={`${englishAdminPath(type, id)}/versionen`}
            className="text-sm text-brand-800 underline"
          >
            {t('versions')}
          </Link>
        ) : null}
        {translation?.status === 'scheduled' && translation.publishAt ? (
          <span className="text-sm text-muted">
            {t('goesOnline', { date: formatTimestamp(translation.publishAt, locale) })}
          </span>
        ) : null}
      </div>
      <SavedNotice value={saved} />
      {translation?.reviewNote && translation.status === 'draft' ? (
        <p role="note" className="rounded border border-amber-600 bg-amber-50 px-4 py-3">
          {t('reviewNote', { note: translation.reviewNote })}
        </p>
      ) : null}
      <p className="text-sm text-muted">{t('intro')}</p>
      <div className="grid gap-5 xl:grid-cols-[1fr_18rem]">
        <TranslationForm
          // A new form for every stored state: the router keeps a visited page's form state, which
          // after a restore on the versions page would still show the text from before it.
          key={translation?.updatedAt.getTime() ?? 'neu'}
          type={type}
          role={role}
          status={translation?.status ?? null}
          publishAt={translation?.publishAt ? instantToBerlinLocal(translation.publishAt) : ''}
          germanLinkLabels={german.linkLabels}
          defaultValues={{
            entityType: type,
            entityId: id,
            title: translation?.title ?? '',
            slug: translation?.slug ?? '',
            lead: translation?.lead ?? '',
            body: translation?.body ?? '',
            quoteText: translation?.quoteText ?? '',
            quoteAuthorFunction: translation?.quoteAuthorFunction ?? '',
            imageAlt: translation?.imageAlt ?? '',
            linkLabels: german.linkLabels.map((_, index) => translation?.linkLabels[index] ?? ''),
          }}
        />
        <aside
          aria-label={t('german')}
          className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-5 text-sm"
        >
          <h2 className="font-semibold">{t('german')}</h2>
          <p lang="de" className="font-medium">
            {german.title}
          </p>
          {german.status ? <StatusBadge status={german.status} /> : null}
          {german.lead ? <p lang="de">{german.lead}</p> : null}
          {german.body ? (
            <details>
              <summary>{t('showText')}</summary>
              <pre lang="de" className="mt-2 whitespace-pre-wrap font-sans">
                {german.body}
              </pre>
            </details>
          ) : null}
        </aside>
      </div>
    </div>
  )
}
