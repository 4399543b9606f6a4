// Candidate positions for labels, in order of preference: the inputs of the label engine
// (lib/labels.ts). Each chart picks a generator or writes its own list.
import type { Box, Point } from './geometry'

export type TextAnchor = 'start' | 'middle' | 'end'

export interface Candidate {
  /** The label's box, marker included if the marker moves with the label. */
  box: Box
  /** How the text lines align inside the box. */
  anchor: TextAnchor
  /** Draw a leader line from the request's `point` to the box: it must not cross a placed label. */
  leader?: boolean
  /** Free-form tag for the renderer, e.g. a row number. */
  tag?: number
}

/**
 * The candidates of every ring around a marker of radius `r`, in order: `positions(d, diag)`
 * lists [left x, top y, anchor] of each box of `size` at distance `d` = r + gap + the ring's
 * extra from the marker's centre (`diag` = d / sqrt 2). Rings past the first carry a leader.
 */
function ringCandidates(r: number, size: { width: number, height: number }, gap: number, rings: readonly number[], positions: (d: number, diag: number) => [number, number, TextAnchor][]): Candidate[] {
  return rings.flatMap((extra) => {
    const d = r + gap + extra
    return positions(d, d * Math.SQRT1_2).map(([x, y, anchor]): Candidate => ({
      box: {
        x,
        y,
        width: size.width,
        height: size.height,
      },
      anchor,
      leader: extra > 0,
    }))
  })
}

/**
 * Candidate boxes of `size` around a marker of radius `r` at `p`: right, left, above,
 * below, the four diagonals, then above and below flush left or right with the marker or
 * shifted by a quarter of the label; then the same ring again further out (with a leader).
 */
export function candidatesAround(p: Point, r: number, size: { width: number, height: number }, gap = 4, rings: readonly number[] = [0, 24, 56]): Candidate[] {
  const { width: w, height: h } = size
  return ringCandidates(r, size, gap, rings, (d, diag) => [
    [p.x + d, p.y - h / 2, 'start'],
    [p.x - d - w, p.y - h / 2, 'end'],
    [p.x - w / 2, p.y - d - h, 'middle'],
    [p.x - w / 2, p.y + d, 'middle'],
    [p.x + diag, p.y - diag - h, 'start'],
    [p.x - diag - w, p.y - diag - h, 'end'],
    [p.x + diag, p.y + diag, 'start'],
    [p.x - diag - w, p.y + diag, 'end'],
    [p.x - r, p.y + d, 'start'],
    [p.x + r - w, p.y + d, 'end'],
    [p.x - r, p.y - d - h, 'start'],
    [p.x + r - w, p.y - d - h, 'end'],
    [p.x - w / 4, p.y - d - h, 'start'],
    [p.x - (3 * w) / 4, p.y - d - h, 'end'],
    [p.x - w / 4, p.y + d, 'start'],
    [p.x - (3 * w) / 4, p.y + d, 'end'],
  ])
}

/**
 * Candidate boxes for a flush-left or flush-right stack of lines (a name, then detail lines)
 * beside a marker of radius `r` at `p`: right and left with the first line level with the
 * marker, then centred on it, then with the last line level; then under and over the marker,
 * flush with its edge; then the four diagonals. No centred text: a stack's lines align on
 * one edge, so the name stays next to its marker. Rings further out carry a leader.
 */
export function stackCandidates(p: Point, r: number, size: { width: number, height: number }, lineHeight: number, gap = 4, rings: readonly number[] = [0, 14, 30]): Candidate[] {
  const { width: w, height: h } = size
  return ringCandidates(r, size, gap, rings, (d, diag) => [
    [p.x + d, p.y - lineHeight / 2, 'start'],
    [p.x - d - w, p.y - lineHeight / 2, 'end'],
    [p.x + d, p.y - h / 2, 'start'],
    [p.x - d - w, p.y - h / 2, 'end'],
    [p.x + d, p.y + lineHeight / 2 - h, 'start'],
    [p.x - d - w, p.y + lineHeight / 2 - h, 'end'],
    [p.x - r, p.y + d, 'start'],
    [p.x + r - w, p.y + d, 'end'],
    [p.x - r, p.y - d - h, 'start'],
    [p.x + r - w, p.y - d - h, 'end'],
    [p.x + diag, p.y - diag - h, 'start'],
    [p.x - diag - w, p.y - diag - h, 'end'],
    [p.x + diag, p.y + diag, 'start'],
    [p.x - diag - w, p.y + diag, 'end'],
  ])
}

export interface RowCandidateOptions {
  /** x of the marker the label belongs to. */
  x: number
  /** Text width in px (see measureText). */
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
export function rowCandidates(o: RowCandidateOptions): Candidate[] {
  const out: Candidate[] = []
  const width = o.markerRadius * 2 + o.markerGap + o.textWidth
  for (let row = 0; row < o.rows; row++) {
    const y = o.top + row * o.rowHeight
    for (const [x, anchor] of [
      [o.x - o.markerRadius, 'start'],
      [o.x + o.markerRadius - width, 'end'],
    ] as const) {
      out.push({
        box: { x, y, width, height: o.rowHeight },
        anchor,
        tag: row,
      })
    }
  }
  return out
}
