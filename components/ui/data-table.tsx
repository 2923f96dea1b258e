import type { ReactNode } from 'react'

/**
 * The backend's tables: a scrolling frame, one header row of column titles, then the rows. The
 * frame takes the keyboard focus, so a table wider than the screen can be scrolled without a
 * mouse.
 */
export function DataTable({
  columns,
  children,
  label = 'Tabelle',
}: {
  columns: ReactNode[]
  children: ReactNode
  label?: string
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
    >
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-100 text-ink">
          <tr>
            {columns.map((title, index) => (
              <th key={index} scope="col" className="px-3 py-2">
                {title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}
