import type { Metadata } from 'next'
import { findRedirect } from '@/db/public/redirects'
import { notFound, permanentRedirect } from 'next/navigation'
import { Prose } from '@/components/prose'
import { getPage } from '@/db/public/pages'
import { formatTimestamp } from '@/lib/dates'
import { isSlug } from '@/lib/slug'

/* Pages kept by admins: /impressum, /datenschutz, /barrierefreiheit and any others. */

type Params = Promise<{ seite: string }>

export function generateStaticParams() {
  return [{ seite: 'impressum' }, { seite: 'datenschutz' }, { seite: 'barrierefreiheit' }]
}

async function load(params: Params) {
  const { seite } = await params
  return isSlug(seite) ? getPage(seite) : null
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const page = await load(params)
  if (!page) return { title: 'Seite nicht gefunden' }
  return { title: page.title, alternates: { canonical: `/${page.slug}` } }
}

export default async function InfoPage({ params }: { params: Params }) {
  const page = await load(params)
  if (!page) {
    const { seite } = await params
    const target = isSlug(seite) ? await findRedirect('page', seite) : null
    if (target) permanentRedirect(target)
    notFound()
  }
  return (
    <article className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold text-brand-900">{page.title}</h1>
      <Prose html={page.bodyHtml} className="mt-8" />
      <p className="mt-12 border-t border-slate-200 pt-4 text-sm text-muted">
        Stand:{' '}
        <time dateTime={page.updatedAt.toISOString()}>{formatTimestamp(page.updatedAt)}</time>
      </p>
    </article>
  )
}
