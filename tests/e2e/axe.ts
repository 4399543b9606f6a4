// axe-core in the page, as every e2e file runs it: WCAG 2.1 A and AA rules, and only the
// serious or critical violations, each with up to three of its elements.
import type { Page } from 'playwright-chromium'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/**
 * Serious or critical axe-core violations (WCAG 2.1 A/AA) inside `selector` (the whole
 * document by default), as `rule (impact): element | element`. Injects axe once per page load.
 */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: AXE_SOURCE })
  return page.evaluate(async (selector) => {
    const context = selector
      ? document.querySelector(selector)
      : document
    if (!context)
      return [`nothing matches ${selector}`]
    const result = await (window as any).axe.run(context, {
      runOnly: {
        type: 'tag',
        values: [
          'wcag2a',
          'wcag2aa',
          'wcag21a',
          'wcag21aa',
        ],
      },
      resultTypes: ['violations'],
    })
    return result.violations
      .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: any) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((node: any) => node.target.join(' ')).join(' | ')}`)
  }, selector)
}
