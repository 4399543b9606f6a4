// Link annotations of a PDF, read with pdf.js: what a reader can click.
import { openPdf } from '../../scripts/verify-export.ts'

export interface PdfLink {
  /** 1-based page number. */
  page: number
  /** External target (a URI action), if any. */
  url?: string
  /** In-document target (a destination), if any. */
  internal: boolean
}

/** Every Link annotation on every page of the PDF. */
export async function pdfLinks(bytes: Uint8Array): Promise<PdfLink[]> {
  const doc = await openPdf(bytes)
  const links: PdfLink[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    for (const a of await (await doc.getPage(i)).getAnnotations()) {
      if (a.subtype !== 'Link')
        continue
      links.push({
        page: i,
        url: a.url ?? a.unsafeUrl ?? undefined,
        internal: a.dest !== undefined && a.dest !== null,
      })
    }
  }
  return links
}
