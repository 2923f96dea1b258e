import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { restoreNewsRevisionAction } from '../../actions'
import { RevisionsView } from '@/components/admin/revisions-view'
import { requireUser } from '@/db/guard'
import { listRevisions } from '@/db/revisions-admin'
import { NEWS_FIELDS } from '@/lib/revision-diff'
import { isEditorial } from '@/lib/workflow'

export const metadata: Metadata = { title: 'Versionen' }

export default async function NewsVersionsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser()
  const id = Number((await params).id)
  const data = Number.isSafeInteger(id) && id > 0 ? await listRevisions('news', id) : null
  if (!data) notFound()
  return (
    <div className="flex flex-col gap-5">
      <p className="text-sm">
        <Link href={`/admin/news/${id}`} className="text-brand-800 underline">
          Zurück zur Meldung
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">Versionen: {String(data.current.title)}</h1>
      <RevisionsView
        data={data}
        fields={NEWS_FIELDS}
        restore={restoreNewsRevisionAction}
        canRestore={isEditorial(user.role)}
      />
    </div>
  )
}
