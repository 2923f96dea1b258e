import { notFound, redirect } from 'next/navigation'
import { EventBody } from '@/components/pages/event-page'
import { NewsArticleBody } from '@/components/pages/news-article-page'
import { openPreviewLink } from '@/db/admin/preview-links'
import { formatTimestamp } from '@/lib/dates'
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
  const until = `Dieser Link gilt bis ${formatTimestamp(opened.expiresAt)}.`
  const { view } = opened
  return view.type === 'news' ? (
    <>
      <Banner detail={`So wird die Meldung aussehen. ${until}`} />
      <NewsArticleBody article={view.article} locale="de" />
    </>
  ) : (
    <>
      <Banner detail={`So wird die Veranstaltung aussehen. ${until}`} />
      <EventBody event={view.event} locale="de" />
    </>
  )
}
