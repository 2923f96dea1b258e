import { ACCOUNT_NEWSLETTER_TRIGGERS } from './accounts-newsletter'
import { NEWS_EVENT_TRIGGERS } from './news-events'
import { PARTNER_PAGE_TRIGGERS } from './partners-pages'

/** One trigger per row of the permission matrix (e2e/helpers/matrix.ts), by action name. */
export const TRIGGERS = {
  ...NEWS_EVENT_TRIGGERS,
  ...PARTNER_PAGE_TRIGGERS,
  ...ACCOUNT_NEWSLETTER_TRIGGERS,
}

export { idOf } from './shared'
