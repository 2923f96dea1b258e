import 'server-only'
import type { Db } from '../client'
import type { NewsletterIssue } from '../schema'
import { mailItems, parseItems } from './outbox-message'
import { renderIssueMail } from '@/lib/newsletter/render'
import { absoluteUrl, SITE } from '@/lib/site'

/** The issue as a subscriber of every topic would get it, for the editor's preview. */
export function composePreview(db: Db, issue: NewsletterIssue) {
  const links = {
    unsubscribe: absoluteUrl('/newsletter/abbestellen?key=…'),
    settings: absoluteUrl('/newsletter/einstellungen?key=…'),
  }
  return renderIssueMail({
    subject: issue.subject,
    intro: issue.intro,
    items: mailItems(db, parseItems(issue.items)),
    site: { name: SITE.name, url: SITE.url },
    links,
  })
}
