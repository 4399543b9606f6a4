// WCAG 2.1 relative luminance and contrast ratio, for checking the colour tokens.

export function parseHex(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(hex.trim())
  if (!m)
    throw new Error(`Not a #rrggbb colour: ${hex}`)
  const n = Number.parseInt(m[1]!, 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255
    return s <= 0.03928
      ? s / 12.92
      : ((s + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [
    relativeLuminance(a),
    relativeLuminance(b),
  ].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** The `--name: #hex` custom properties declared in a CSS text. */
export function readColorTokens(css: string): Record<string, string> {
  const tokens: Record<string, string> = {}
  for (const [, name, value] of css.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\b/gi))
    tokens[name!] = value!
  return tokens
}
