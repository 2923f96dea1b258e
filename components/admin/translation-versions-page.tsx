import Link from 'next/link'
import { forbidden, notFound } from 'next/navigation'
import { LanguageTabs } from './language-tabs'
import { RevisionsView } from './revisions-view'
import { restoreTranslationRevisionAction } from '@/app/admin/_translation/actions'
import { Forbidden, requirePageRole } from '@/db/auth/guard'
import { listTranslationRevisions } from '@/db/admin/translation-revisions'
import { getAdminTranslations } from '@/lib/i18n/admin'
import { TRANSLATION_FIELDS } from '@/lib/revision-diff'
import {
  englishAdminPath,
  hasField,
  TRANSLATION_KINDS,
  type TranslationField,
} from '@/lib/translation-kinds'
import type { TranslatableType } from '@/lib/validation/translation'

/** The "Versionen" page of an item's English version: list, comparison, restore. */
export async function TranslationVersionsPage({
  type,
  params,
}: {
  type: TranslatableType
  params: Promise<{ id: string }>
}) {
  await requirePageRole()
  const id = Number((await params).id)
  let data: Awaited<ReturnType<typeof listTranslationRevisions>> = null
  try {
    data = Number.isSafeInteger(id) && id > 0 ? await listTranslationRevisions(type, id) : null
  } catch (error) {
    if (error instanceof Forbidden) forbidden()
    throw error
  }
  if (!data) notFound()
  const t = await getAdminTranslations('translation.versions')
  const fields = TRANSLATION_FIELDS.filter(
    (field) => field.key === 'status' || hasField(type, field.key as TranslationField),
  )
  return (
    <div className="flex flex-col gap-5">
      <LanguageTabs
        germanHref={TRANSLATION_KINDS[type].adminPath(id)}
        englishHref={englishAdminPath(type, id)}
        current="en"
      />
      <p className="text-sm">
        <Link href={englishAdminPath(type, id)} className="text-brand-800 underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">
        {t('title', { title: String(data.current.title || data.german.title) })}
      </h1>
      <RevisionsView
        data={data}
        fields={fields}
        restore={restoreTranslationRevisionAction}
        canRestore={data.canRestore}
      />
    </div>
  )
}
