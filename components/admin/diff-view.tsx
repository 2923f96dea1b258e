'use client'

import { useLocale, useTranslations } from 'next-intl'
import type { FieldDiff } from '@/lib/revision-diff'

/** Changed fields with removed words struck through and added words highlighted. */
export function DiffView({ changes }: { changes: FieldDiff[] }) {
  const t = useTranslations('admin.common.fields')
  const locale = useLocale()
  // German names come with the field; another interface language looks them up by key.
  const label = (change: FieldDiff) =>
    locale !== 'de' && change.messageKey && t.has(change.messageKey)
      ? t(change.messageKey)
      : change.label
  return (
    <dl className="flex flex-col gap-3 text-sm">
      {changes.map((change) => (
        <div key={change.key}>
          <dt className="font-semibold">{label(change)}</dt>
          <dd className="mt-1 whitespace-pre-wrap rounded bg-slate-50 p-2 font-mono text-xs">
            {change.parts.map((part, i) =>
              part.kind === 'added' ? (
                <ins key={i} className="bg-green-100 text-green-900 no-underline">
                  {part.text}
                </ins>
              ) : part.kind === 'removed' ? (
                <del key={i} className="bg-red-100 text-red-900">
                  {part.text}
                </del>
              ) : (
                <span key={i}>{part.text}</span>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  )
}
