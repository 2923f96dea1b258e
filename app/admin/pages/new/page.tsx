import { requirePageRole } from '@/db/auth/guard'
import { autosaveFor } from '@/db/admin/autosave'
import type { Metadata } from 'next'
import { PageForm } from '../page-form'
import { requireRole } from '@/db/auth/guard'

export const metadata: Metadata = { title: 'Neue Seite' }

export default async function NewPagePage() {
  await requirePageRole('admin')
  await requireRole('admin')
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold text-brand-900">Neue Seite</h1>
      <PageForm
        autosave={await autosaveFor('page', null)}
        defaultValues={{ title: '', slug: '', body: '' }}
      />
    </div>
  )
}
