import type { FieldDiff } from '@/lib/revision-diff'

/** Changed fields with removed words struck through and added words highlighted. */
export function DiffView({ changes }: { changes: FieldDiff[] }) {
  return (
    <dl className="flex flex-col gap-3 text-sm">
      {changes.map((change) => (
        <div key={change.key}>
          <dt className="font-semibold">{change.label}</dt>
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
