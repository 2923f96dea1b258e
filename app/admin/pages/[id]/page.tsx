import { requirePageRole } from '@/db/auth/guard'
import { autosaveFor } from '@/db/admin/autosave'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { deletePageAction } from '../actions'
import { PageForm } from '../page-form'
import { SavedNotice } from '@/components/admin/saved-notice'
import { DeleteForm } from '@/components/admin/delete-form'
import { PreviewPanel } from '@/components/admin/preview-panel'
import { getPageForEdit, PROTECTED_PAGES } from '@/db/admin/pages'
import { LanguageTabs } from '@/components/admin/language-tabs'
import { getAdminTranslations } from '@/lib/i18n/admin'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('pages')
  return { title: t('edit.title') }
}

export default async function EditPagePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  await requirePageRole('admin')
  const id = Number((await params).id)
  const page = Number.isSafeInteger(id) && id > 0 ? await getPageForEdit(id) : null
  if (!page) notFound()
  const t = await getAdminTranslations('pages')
  return (
    <div className="flex flex-col gap-5">
      <LanguageTabs
        germanHref={`/admin/pages/${page.id}`}
        englishHref={`/admin/pages/${page.id}/englisch`}
        current="de"
      />
      <h1 className="text-2xl font-bold text-brand-900">{page.title}</h1>
      <SavedNotice value={(await searchParams).gespeichert} />
      <p className="flex gap-4 text-sm">
        <Link href={`/${page.slug}`} className="text-brand-800 underline">
          {t('edit.publicPage')}
        </Link>
        <Link href={`/admin/pages/${page.id}/versionen`} className="text-brand-800 underline">
          {t('edit.versions')}
        </Link>
      </p>
      <div className="grid gap-5 xl:grid-cols-[1fr_18rem]">
        <PageForm
          autosave={await autosaveFor('page', page.id)}
          defaultValues={{ id: page.id, title: page.title, slug: page.slug, body: page.body }}
        />
        <div>
          <PreviewPanel href={`/vorschau/seiten/${page.id}`} />
        </div>
      </div>
      {!PROTECTED_PAGES.includes(page.slug) ? (
        <DeleteForm action={deletePageAction} id={page.id} />
      ) : null}
    </div>
  )
}
