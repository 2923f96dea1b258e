import Link from 'next/link'
import { forbidden, notFound } from 'next/navigation'
import { RevisionsView } from './revisions-view'
import { Forbidden, requirePageRole } from '@/db/auth/guard'
import { listRevisions, type EntityType } from '@/db/admin/revisions'
import type { ActionState } from '@/lib/action-state'
import type { FieldSpec } from '@/lib/revision-diff'
import { getAdminTranslations } from '@/lib/i18n/admin'
import { isEditorial } from '@/lib/workflow'

/** The "Versionen" page of any entity: list, comparison, restore. */
export async function VersionsPage({
  type,
  rawId,
  backHref,
  backLabel,
  fields,
  restore,
}: {
  type: EntityType
  rawId: string
  backHref: (id: number) => string
  backLabel: string
  fields: FieldSpec[]
  restore: (state: ActionState, formData: FormData) => Promise<ActionState>
}) {
  const user = await requirePageRole()
  const id = Number(rawId)
  let data: Awaited<ReturnType<typeof listRevisions>> = null
  try {
    data = Number.isSafeInteger(id) && id > 0 ? await listRevisions(type, id) : null
  } catch (error) {
    if (error instanceof Forbidden) forbidden()
    throw error
  }
  if (!data) notFound()
  const title = String(data.current.title ?? data.current.name ?? '')
  const t = await getAdminTranslations('common.revisions')
  return (
    <div className="flex flex-col gap-5">
      <p className="text-sm">
        <Link href={backHref(id)} className="text-brand-800 underline">
          {backLabel}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">{t('title', { title })}</h1>
      <RevisionsView
        data={data}
        fields={fields}
        restore={restore}
        canRestore={type === 'page' ? user.role === 'admin' : isEditorial(user.role)}
      />
    </div>
  )
}
