// Label placement without the DOM: text widths are estimated from the character count,
// generously (Inter is narrower than the estimate), and each label tries candidate boxes
// in order of preference. The first candidate inside the bounds that touches no placed
// label, no placed leader and no obstacle wins (greedy, in request order).

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export type TextAnchor = 'start' | 'middle' | 'end'

export interface LabelCandidate {
  /** The label's box, marker included if the marker moves with the label. */
  box: Box
  /** Where the text starts/centres/ends inside the box (for rendering). */
  anchor: TextAnchor
  /** Optional thin box for a leader line: it too must not cross other labels. */
  leader?: Box
  /** Free-form tag for the renderer, e.g. a row number. */
  tag?: number
}

export interface LabelRequest {
  key: string
  candidates: LabelCandidate[]
}

export interface PlacedLabel {
  key: string
  box: Box
  anchor: TextAnchor
  leader?: Box
  tag?: number
  /** Index of the candidate chosen. */
  candidate: number
  /** False when no candidate fitted: the last candidate is returned so the chart still renders. */
  fits: boolean
}

export interface PlaceOptions {
  /** Fixed things labels must not touch (markers, bars, headers). */
  obstacles?: readonly Box[]
  /** Labels must stay inside this box. */
  bounds?: Box
  /** Minimum clear space between two labels side by side, in px (rows may touch). */
  gap?: number
}

/**
 * Measured in Chromium with the deck's Inter 400/600 at 14 px, the chart labels average
 * 0.45-0.55 em per character (digits and capitals are widest); 0.58 em leaves a margin.
 */
export const CHAR_WIDTH_EM = 0.58

/** Estimated rendered width of `text` at `fontSize` px. */
export function estimateTextWidth(text: string, fontSize: number, em = CHAR_WIDTH_EM): number {
  return [...text].length * fontSize * em
}

/**
 * True if the boxes overlap, or come closer than `gapX` side by side or `gapY` one above
 * the other. Touching edges with zero gaps do not overlap.
 */
export function boxesOverlap(a: Box, b: Box, gapX = 0, gapY = 0): boolean {
  return a.x < b.x + b.width + gapX
    && b.x < a.x + a.width + gapX
    && a.y < b.y + b.height + gapY
    && b.y < a.y + a.height + gapY
}

/** True if `inner` lies entirely inside `outer`. */
export function boxInside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x - 1e-9
    && inner.y >= outer.y - 1e-9
    && inner.x + inner.width <= outer.x + outer.width + 1e-9
    && inner.y + inner.height <= outer.y + outer.height + 1e-9
}

/** Greedy placement: requests are placed in order; earlier requests win. */
export function placeLabels(requests: readonly LabelRequest[], options: PlaceOptions = {}): PlacedLabel[] {
  const { obstacles = [], bounds, gap = 0 } = options
  const placedBoxes: Box[] = []
  const placedLeaders: Box[] = []
  const out: PlacedLabel[] = []
  for (const request of requests) {
    if (request.candidates.length === 0)
      throw new Error(`Label "${request.key}" has no candidate positions`)
    let chosen = -1
    for (let i = 0; i < request.candidates.length; i++) {
      const c = request.candidates[i]!
      if (bounds && !boxInside(c.box, bounds))
        continue
      if (placedBoxes.some(b => boxesOverlap(c.box, b, gap)))
        continue
      if (obstacles.some(b => boxesOverlap(c.box, b)))
        continue
      if (placedLeaders.some(l => boxesOverlap(c.box, l)))
        continue
      if (c.leader && placedBoxes.some(b => boxesOverlap(c.leader!, b)))
        continue
      chosen = i
      break
    }
    const fits = chosen >= 0
    const index = fits
      ? chosen
      : request.candidates.length - 1
    const c = request.candidates[index]!
    placedBoxes.push(c.box)
    if (c.leader)
      placedLeaders.push(c.leader)
    out.push({
      key: request.key,
      box: c.box,
      anchor: c.anchor,
      leader: c.leader,
      tag: c.tag,
      candidate: index,
      fits,
    })
  }
  return out
}

export interface RowCandidateOptions {
  /** x of the marker the label belongs to. */
  x: number
  /** Text width (see estimateTextWidth). */
  textWidth: number
  /** Top y of row 0, and each row's height; rows stack downwards. */
  top: number
  rowHeight: number
  rows: number
  /** Space taken by the marker (a dot of this radius at x) and the gap to the text. */
  markerRadius: number
  markerGap: number
}

/**
 * Candidates for a marker-plus-text label in horizontal rows (a timeline lane):
 * row 0 text right of the marker, row 0 text left of it, row 1 right, row 1 left, ...
 * The box spans marker and text, so markers never sit under another label.
 */
export function rowCandidates(o: RowCandidateOptions): LabelCandidate[] {
  const out: LabelCandidate[] = []
  const width = o.markerRadius * 2 + o.markerGap + o.textWidth
  for (let row = 0; row < o.rows; row++) {
    const y = o.top + row * o.rowHeight
    out.push({
      box: {
        x: o.x - o.markerRadius,
        y,
        width,
        height: o.rowHeight,
      },
      anchor: 'start',
      tag: row,
    })
    out.push({
      box: {
        x: o.x + o.markerRadius - width,
        y,
        width,
        height: o.rowHeight,
      },
      anchor: 'end',
      tag: row,
    })
  }
  return out
}

/** Every pair of boxes that overlap (for tests and debugging). */
export function overlappingPairs(boxes: readonly { key: string, box: Box }[], gapX = 0): [string, string][] {
  const pairs: [string, string][] = []
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (boxesOverlap(boxes[i]!.box, boxes[j]!.box, gapX))
        pairs.push([boxes[i]!.key, boxes[j]!.key])
    }
  }
  return pairs
}
