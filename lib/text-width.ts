// Text width without a DOM, from per-character advance widths measured once from the
// deck's own fonts (lib/font-widths.json, written by scripts/measure-font-widths.ts),
// as Observable Plot's defaultWidthMap does. Browser-safe: used by the label engines.
import fontWidths from './font-widths.json'

/** The faces measured; other weights fall back to the nearest measured one. */
export type FontFamily = 'Inter' | 'Source Serif 4'

export interface TextStyle {
  /** Font size in px (on the 980x552 canvas, or CSS px). */
  fontSize: number
  /** CSS font weight; Inter has 400 and 600 measured, Source Serif 4 has 600. Default 400. */
  weight?: number
  /** Default 'Inter'. */
  family?: FontFamily
}

interface FaceWidths {
  fallback: number
  widths: Record<string, number>
}

const faces = fontWidths.faces as Record<string, FaceWidths>
const UNITS = fontWidths.unitsPerEm

/** The measured face for a family and weight: the nearest measured weight of that family. */
function faceFor(family: FontFamily, weight: number): FaceWidths {
  const candidates = Object.keys(faces)
    .filter(key => key.startsWith(`${family} `))
    .map(key => ({
      key,
      weight: Number(key.slice(family.length + 1)),
    }))
    .sort((a, b) => Math.abs(a.weight - weight) - Math.abs(b.weight - weight) || a.weight - b.weight)
  const key = candidates[0]?.key
  if (!key)
    throw new Error(`No measured widths for font family "${family}"`)
  return faces[key]!
}

/**
 * Width in px of `text` set on one line in the given face and size: the sum of the
 * characters' advance widths, without kerning (within about 2% of Chromium on deck strings,
 * see tests/e2e/text-width.test.ts). Characters outside the measured set count as the
 * face's mean lower-case letter. Throws for a family with no measured widths.
 */
export function measureText(text: string, { fontSize, weight = 400, family = 'Inter' }: TextStyle): number {
  const face = faceFor(family, weight)
  let units = 0
  for (const ch of text)
    units += face.widths[ch] ?? face.fallback
  return units * fontSize / UNITS
}
