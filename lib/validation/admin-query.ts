import { CONTENT_STATUSES, type ContentStatus } from '@/lib/domain'
import { parsePage, parseSearchText } from './public-query'

type Params = Record<string, string | string[] | undefined>

export function parseAdminListQuery(params: Params): {
  status: ContentStatus | null
  q: string
  page: number
} {
  const raw = Array.isArray(params.status) ? params.status[0] : params.status
  return {
    status: (CONTENT_STATUSES as readonly string[]).includes(raw ?? '')
      ? (raw as ContentStatus)
      : null,
    q: parseSearchText(params.q),
    page: parsePage(params.seite),
  }
}
