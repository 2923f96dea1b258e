import { notFound, redirect } from 'next/navigation'
import { EventBody } from '@/components/pages/event-page'
import { NewsArticleBody } from '@/components/pages/news-article-page'
import { openPreviewLink } from '@/db/admin/preview-links'
import { formatTimestamp } from '@/lib/dates'
import { getAdminLocale, getAdminTranslations } from '@/lib/i18n/admin'
import type { PreviewLinkKind } from '@/lib/validation/preview-link'
import { Banner } from './banner'

/** The preview addresses a preview link can name, and the kind of item each shows. */
export const LINK_KINDS: Record<string, PreviewLinkKind> = { news: 'news', termine: 'event' }

/**
 * Through a preview link, without a session: the version frozen when the link was made, for that
 * item only; the public page once the item went public; nothing for a wrong or ended link.
 */
export async function LinkPreview({
  type,
  id,
  token,
}: {
  type: PreviewLinkKind
  id: number
  token: string
}) {
  const opened = await openPreviewLink(type, id, token)
  if (!opened) notFound()
  if (opened.kind === 'public') redirect(opened.href)
  const t = await getAdminTranslations('preview')
  const until = t('linkUntil', { time: formatTimestamp(opened.expiresAt, await getAdminLocale()) })
  const { view } = opened
  return view.type === 'news' ? (
    <>
      <Banner detail={`${t('news')} ${until}`} />
      <NewsArticleBody article={view.article} locale="de" />
    </>
  ) : (
    <>
      <Banner detail={`${t('event')} ${until}`} />
      <EventBody event={view.event} locale="de" />
    </>
  )
}
