// Pure layout logic for components/ArgumentMap.vue: which row a step sits in,
// its number, and whether it is done, current or still ahead.

export interface MapStep {
  id: string
  label: string
  alias: string
  group: string
}

export type StepState = 'done' | 'current' | 'ahead'

export interface MapNode<S extends MapStep = MapStep> {
  step: S
  /** 1-based position in the whole chain. */
  no: number
  state: StepState
}

export interface MapRow<S extends MapStep = MapStep> {
  group: string
  nodes: MapNode<S>[]
}

/**
 * Rows of the roadmap in chain order. Without a known `current` every step is
 * 'ahead' (the overview); otherwise steps before it are 'done'.
 */
export function layoutArgumentMap<S extends MapStep>(steps: readonly S[], current?: string): MapRow<S>[] {
  const at = current === undefined
    ? -1
    : steps.findIndex(s => s.id === current)
  const rows: MapRow<S>[] = []
  steps.forEach((step, i) => {
    const state: StepState = at < 0 || i > at
      ? 'ahead'
      : i === at
        ? 'current'
        : 'done'
    let row = rows.at(-1)
    if (!row || row.group !== step.group) {
      row = { group: step.group, nodes: [] }
      rows.push(row)
    }
    row.nodes.push({ step, no: i + 1, state })
  })
  return rows
}
