import { PDFDocument, rgb, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { greySpread, hasPoppler, readPdfPages, readPdfPagesPdfjs, splitPgm } from './verify-export.ts'

/** A two-page PDF: page 1 with a headline, page 2 empty (white). */
async function twoPages(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  pdf.addPage([735, 414]).drawText('Washington should offer the Taliban incentives', {
    x: 40,
    y: 340,
    size: 28,
    font,
    color: rgb(0.1, 0.1, 0.12),
  })
  pdf.addPage([735, 414])
  return pdf.save()
}

describe('readPdfPages: the text and blank-page readings of the PDF check', () => {
  it('pdf.js reads the headline on page 1 and finds page 2 blank and without text', async () => {
    const pages = await readPdfPagesPdfjs(await twoPages())
    expect(pages.map(p => [p.text, p.blank])).toEqual([
      ['Washington should offer the Taliban incentives', false],
      ['', true],
    ])
  })

  it('poppler, when installed, reads the same as pdf.js', async () => {
    if (!hasPoppler()) {
      console.log('Poppler (pdftotext, pdftoppm) not installed: its reader is not tested here')
      return
    }
    const bytes = await twoPages()
    expect(await readPdfPages(bytes)).toEqual(await readPdfPagesPdfjs(bytes))
  })
})

describe('splitPgm', () => {
  it('splits concatenated binary PGMs, comments in the header included', () => {
    const header = (w: number, h: number): number[] => [
      ...new TextEncoder().encode(`P5\n# pdftoppm\n${w} ${h}\n255\n`),
    ]
    const data = new Uint8Array([
      ...header(2, 1),
      0,
      255,
      ...header(1, 2),
      7,
      7,
    ])
    const images = splitPgm(data)
    expect(images.map(i => [
      i.width,
      i.height,
      [...i.grey],
    ])).toEqual([
      [
        2,
        1,
        [0, 255],
      ],
      [
        1,
        2,
        [7, 7],
      ],
    ])
    expect(greySpread(images[0]!.grey, 1)).toBeCloseTo(127.5)
    expect(greySpread(images[1]!.grey, 1)).toBe(0)
  })

  it('refuses what is not a binary PGM', () => {
    expect(() => splitPgm(new TextEncoder().encode('P6\n1 1\n255\nabc'))).toThrow(/binary PGM/)
  })
})
