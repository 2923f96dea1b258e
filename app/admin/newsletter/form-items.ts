import 'server-only'
import type { IssueFormItem } from './issue-form'
import type { CandidateItem } from '@/db/admin/newsletter'
import { formatTimestamp } from '@/lib/dates'
import { getAdminLocale, getAdminTranslations } from '@/lib/i18n/admin'

/** The items to choose from, each with its line ("Meldung vom …") in the user's language. */
export async function issueFormItems(
  items: (CandidateItem & { chosen: boolean })[],
): Promise<IssueFormItem[]> {
  const t = await getAdminTranslations('newsletter')
  const locale = await getAdminLocale()
  return items.map((item) => ({
    ref: item.ref,
    type: item.type,
    title: item.title,
    chosen: item.chosen,
    meta:
      item.type === 'news'
        ? t('form.newsMeta', { date: item.date })
        : t('form.eventMeta', { date: formatTimestamp(item.startsAt, locale) }),
  }))
}
