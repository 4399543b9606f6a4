// Small statistics for the benchmark: medians and ratios, printed as a table.

export function median(values: readonly number[]): number {
  if (values.length === 0)
    throw new Error('median of nothing')
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? sorted[mid]!
    : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export interface BenchRow {
  metric: string
  unit: string
  deck: number
  floor: number
  /** The target, stated as text ("<= 1.5x floor"). */
  target: string
  /** Whether the target is met; undefined when there is none. */
  met?: boolean
}

export function formatBenchTable(rows: readonly BenchRow[]): string {
  const header = [
    'metric',
    'deck',
    'floor',
    'ratio',
    'target',
    'met',
  ]
  const body = rows.map(r => [
    r.metric,
    `${round(r.deck)} ${r.unit}`,
    `${round(r.floor)} ${r.unit}`,
    r.floor
      ? `${(r.deck / r.floor).toFixed(2)}x`
      : '-',
    r.target,
    r.met === undefined
      ? '-'
      : r.met ? 'yes' : 'NO',
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...body.map(row => row[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')
  return [
    line(header),
    line(widths.map(w => '-'.repeat(w))),
    ...body.map(line),
  ].join('\n')
}

function round(n: number): string {
  return Math.abs(n) >= 100
    ? n.toFixed(0)
    : n.toFixed(2)
}
