// Haloed SVG labels in print. On screen a label's halo is a stroke in the background colour
// under its fill (styles/map.css, .bf-halo); Chromium's PDF writes a stroked text as a second
// run of the same words, so search, copy and screen readers would get each label twice. In
// print the stroke goes (styles/map.css) and a backdrop rect goes behind each line instead.
// Used by the exports (scripts/print.ts passes drawPrintHalos to page.evaluate, so it
// must stay self-contained: no imports, no helpers outside it) and by the reading view's
// browser print (reading/ReadingView.vue).

/** Class of the backdrop rects (styled in styles/map.css). */
export const PRINT_HALO_CLASS = 'bf-print-halo'

/**
 * Draws a backdrop rect (class `bf-print-halo`, 2 px wider than the text each side, in the
 * SVG's own user units) behind each line of every haloed label under `root`: map labels,
 * the forces chart's values and any SVG text painted stroke-first. Sets each one's stroke
 * to none. Drawing again first removes the previous backdrops. Returns the labels treated.
 */
export function drawPrintHalos(root: ParentNode = document): number {
  for (const old of root.querySelectorAll('rect.bf-print-halo'))
    old.remove()
  const haloed = [
    ...root.querySelectorAll<SVGTextElement>('svg text'),
  ].filter((text) => {
    // Haloed labels lose their stroke in print (styles/map.css) but keep paint-order.
    if (!text.matches('.bf-map .labels text, .bf-forces text.value') && !getComputedStyle(text).paintOrder.startsWith('stroke'))
      return false
    text.style.stroke = 'none'
    text.setAttribute('data-print-halo', '')
    return true
  })
  for (const text of haloed) {
    const lines = text.querySelectorAll<SVGTSpanElement>('tspan')
    for (const line of lines.length
      ? [...lines]
      : [text]) {
      const box = line.getBBox()
      if (!box.width)
        continue
      const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect')
      rect.setAttribute('class', 'bf-print-halo')
      rect.setAttribute('aria-hidden', 'true')
      for (const [key, value] of Object.entries({
        x: box.x - 2,
        y: box.y - 0.5,
        width: box.width + 4,
        height: box.height + 1,
        rx: 2,
      }))
        rect.setAttribute(key, String(value))
      text.parentNode!.insertBefore(rect, text)
    }
  }
  return haloed.length
}

/** Undoes drawPrintHalos under `root`: the backdrops go, the labels get their stroke back. */
export function removePrintHalos(root: ParentNode = document): void {
  for (const rect of root.querySelectorAll('rect.bf-print-halo'))
    rect.remove()
  for (const text of root.querySelectorAll<SVGTextElement>('svg text[data-print-halo]')) {
    text.style.removeProperty('stroke')
    text.removeAttribute('data-print-halo')
  }
}
