/* Formatting of the printed report: aligned plain-text tables and fixed-point numbers. */

export const KIB = 1024

export function table(head: string[], rows: (string | number)[][], alignLeft = 1): string {
  const cells = [head, ...rows.map((row) => row.map(String))]
  const widths = head.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)))
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i < alignLeft ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd()
  return [
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.slice(1).map((r) => line(r)),
  ].join('\n')
}

export function fixed(value: number | null | undefined, digits = 0): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? '–'
    : value.toFixed(digits)
}
