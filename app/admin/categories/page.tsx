import { requirePageRole } from '@/db/auth/guard'
import type { Metadata } from 'next'
import Link from 'next/link'
import { deleteCategoryAction } from './actions'
import { CategoryForm } from './category-form'
import { DeleteForm } from '@/components/admin/delete-form'
import { listCategoriesAdmin } from '@/db/admin/categories'
import { getAdminTranslations } from '@/lib/i18n/admin'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('categories')
  return { title: t('title') }
}

export default async function CategoriesPage() {
  await requirePageRole('admin')
  const rows = await listCategoriesAdmin()
  const t = await getAdminTranslations('categories')
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
      <ul className="flex flex-col gap-4">
        {rows.map((row) => (
          <li key={row.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <p className="mb-2 flex gap-4 text-sm text-muted">
              {t('partners', { count: row.partners })}
              <Link
                href={`/admin/categories/${row.id}/englisch`}
                className="text-brand-800 underline"
              >
                {t('english')}
                <span className="sr-only">{t('englishOf', { name: row.name })}</span>
              </Link>
            </p>
            <CategoryForm category={row} />
            {row.partners === 0 ? (
              <div className="mt-3">
                <DeleteForm action={deleteCategoryAction} id={row.id} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <section
        aria-labelledby="neue-kategorie"
        className="rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 id="neue-kategorie" className="mb-2 text-lg font-semibold">
          {t('new')}
        </h2>
        <CategoryForm />
      </section>
    </div>
  )
}
