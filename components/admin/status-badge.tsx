'use client'

import { useTranslations } from 'next-intl'
import type { ContentStatus } from '@/lib/domain'

const COLORS: Record<ContentStatus, string> = {
  draft: 'bg-slate-200 text-slate-900',
  in_review: 'bg-amber-100 text-amber-900',
  published: 'bg-green-100 text-green-900',
  scheduled: 'bg-sky-100 text-sky-900',
  archived: 'bg-stone-200 text-stone-800',
}

export function StatusBadge({ status }: { status: ContentStatus }) {
  const t = useTranslations('admin.common.status')
  return (
    <span
      className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${COLORS[status]}`}
    >
      {t(status)}
    </span>
  )
}
