import { notFound, redirect } from 'next/navigation'
import { NewsArticleBody } from '@/components/pages/news-article-page'
import { Forbidden, NotAuthenticated, UserError } from '@/db/auth/guard'
import { getNewsPreview } from '@/db/admin/preview'
import { Banner } from './banner'
import { LINK_KINDS, LinkPreview } from './link-preview'
import { SIGNED_IN_PREVIEWS, statusText } from './signed-in-previews'
import { getAdminTranslations } from '@/lib/i18n/admin'

/*
 * A news item, event, partner profile or page as its public page will show it, before it is
 * public: for those who may edit it (signed in), or, for news and events, with a preview link's
 * token for exactly the version the link was made for. Never stored by any cache (lib/page-cache-key.mjs),
 * never indexed, linked from no public page.
 */

type Props = {
  params: Promise<{ art: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function PreviewPage({ params, searchParams }: Props) {
  const { art, id: rawId } = await params
  const id = Number(rawId)
  if (!Number.isSafeInteger(id) || id <= 0) notFound()
  const token = (await searchParams).token
  const linkKind = Object.hasOwn(LINK_KINDS, art) ? LINK_KINDS[art] : undefined
  if (typeof token === 'string' && linkKind)
    return <LinkPreview type={linkKind} id={id} token={token} />
  const other = Object.hasOwn(SIGNED_IN_PREVIEWS, art) ? SIGNED_IN_PREVIEWS[art] : undefined
  if (other) {
    let preview
    try {
      preview = await other(id)
    } catch (error) {
      // Nothing of the item for anyone who may not edit it, signed in or not.
      if (
        error instanceof NotAuthenticated ||
        error instanceof Forbidden ||
        error instanceof UserError
      )
        notFound()
      throw error
    }
    return (
      <>
        <Banner detail={preview.detail} />
        {preview.body}
      </>
    )
  }
  if (art !== 'news') notFound()
  let preview
  try {
    preview = await getNewsPreview(id)
  } catch (error) {
    if (error instanceof NotAuthenticated)
      redirect(`/login?callbackUrl=${encodeURIComponent(`/admin/news/${id}`)}`)
    if (error instanceof Forbidden || error instanceof UserError) notFound()
    throw error
  }
  const t = await getAdminTranslations('preview')
  return (
    <>
      <Banner detail={`${await statusText(preview.status)} ${t('unsaved')}`} />
      <NewsArticleBody article={preview.article} locale="de" />
    </>
  )
}
