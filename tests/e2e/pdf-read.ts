// Reads what a PDF reader and a screen reader get from an exported PDF, through pdf.js:
// per page the structure tree's roles, figure alt texts, link annotations (web address
// or target page), positioned text; and the outline with each entry's page.
import { readFileSync } from 'node:fs'
import { openPdf } from '../../scripts/verify-export.ts'

export interface PdfPageFacts {
  /** 1-based page number. */
  page: number
  roles: string[]
  /** Alt text of each Figure in the structure tree. */
  figures: string[]
  /** Link annotations: `url` for a web address, `page` for a link inside the PDF. */
  links: { url?: string, page?: number }[]
  /** Text runs with their position (PDF points, from the bottom left). */
  runs: { text: string, x: number, y: number }[]
}

export interface PdfFacts {
  pages: PdfPageFacts[]
  /** Top-level outline entries (bookmarks), with the titles of their children. */
  outline: { title: string, page: number, children: string[] }[]
}

export async function readPdf(file: string): Promise<PdfFacts> {
  const doc = await openPdf(new Uint8Array(readFileSync(file)))
  const pageOf = async (dest: unknown): Promise<number> => {
    const explicit = typeof dest === 'string'
      ? await doc.getDestination(dest)
      : dest as unknown[] | null
    return explicit
      ? (await doc.getPageIndex(explicit[0] as any)) + 1
      : -1
  }
  const pages: PdfPageFacts[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i)
    const roles: string[] = []
    const figures: string[] = []
    const walk = (node: any): void => {
      if (node?.role) {
        roles.push(node.role)
        if (node.role === 'Figure')
          figures.push(node.alt ?? '')
      }
      for (const child of node?.children ?? [])
        walk(child)
    }
    walk(await page.getStructTree())
    const links = await Promise.all((await page.getAnnotations())
      .filter(a => a.subtype === 'Link')
      .map(async a => a.url
        ? { url: a.url as string }
        : { page: await pageOf(a.dest) }))
    const content = await page.getTextContent()
    const runs = content.items.flatMap(item => 'str' in item && item.str.trim()
      ? [
          { text: item.str, x: item.transform[4] as number, y: item.transform[5] as number },
        ]
      : [])
    pages.push({ page: i, roles, figures, links, runs })
  }
  const outline: PdfFacts['outline'] = []
  const titles = (items: { title: string, items: any[] }[]): string[] => items.flatMap(item => [
    item.title,
    ...titles(item.items ?? []),
  ])
  for (const entry of await doc.getOutline() ?? []) {
    outline.push({
      title: entry.title,
      page: await pageOf(entry.dest),
      children: titles(entry.items ?? []),
    })
  }
  await doc.destroy()
  return { pages, outline }
}

/** Text runs drawn twice at (nearly) the same place on one page: a halo printed as a second copy. */
export function doubledRuns(page: PdfPageFacts): string[] {
  const seen = new Set<string>()
  const doubled: string[] = []
  for (const run of page.runs) {
    const key = `${run.text.trim()}@${Math.round(run.x)},${Math.round(run.y)}`
    if (seen.has(key))
      doubled.push(`page ${page.page}: "${run.text.trim()}"`)
    seen.add(key)
  }
  return doubled
}

/** The text of a slide's Markdown headings (`#` to `######`), in order, inline markup removed. */
export function markdownHeadings(markdown: string): string[] {
  return [
    ...markdown.replace(/^```\n[\s\S]*?\n```$/gm, '').matchAll(/^#{1,6} (\S.*)$/gm),
  ].map(m => m[1]!.replace(/<[^>]+>/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '').trim())
}
