// The PPTX, written with pptxgenjs: one slide per printed slide, each with the headline
// in the title placeholder (PowerPoint's outline view and screen readers read it), the
// slide picture on top of it with the figure's description as alt text, and the
// speaker notes as plain text.
import type { Buffer } from 'node:buffer'
import PptxGenJS from 'pptxgenjs'
import { CANVAS } from './slide-page.ts'

export interface PptxSlide {
  title: string
  /** Alt text of the slide picture. */
  alt: string
  notes: string
  /** The slide picture, PNG or JPEG. */
  image: Buffer
  type: 'png' | 'jpeg'
}

/** Speaker notes as a reader sees them: no [click] markers, no Markdown or HTML syntax. */
export function plainNotes(note: string): string {
  return note
    .replace(/\[click(?::\d+)?\]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Picture size on the slide: the 980x552 canvas at 96 px per inch. */
const W = CANVAS.width / 96
const H = CANVAS.height / 96

export async function writePptx(slides: PptxSlide[], meta: { title: string, author: string, subject: string }): Promise<Buffer> {
  const pptx = new PptxGenJS()
  pptx.defineLayout({ name: 'BRIEFING', width: W, height: H })
  pptx.layout = 'BRIEFING'
  pptx.title = meta.title
  pptx.author = meta.author
  pptx.subject = meta.subject
  pptx.defineSlideMaster({
    title: 'BRIEFING_MASTER',
    background: { color: 'FFFFFF' },
    objects: [
      // Where the headline sits on the canvas (x 50, y 30, 880 x 60 px).
      {
        placeholder: {
          options: {
            name: 'title',
            type: 'title',
            x: 50 / 96,
            y: 30 / 96,
            w: 880 / 96,
            h: 60 / 96,
          },
          text: '',
        },
      },
    ],
  })
  for (const slide of slides) {
    const page = pptx.addSlide({ masterName: 'BRIEFING_MASTER' })
    // The title is text under the picture: the picture shows it, the outline and readers get it as text.
    page.addText(slide.title, {
      placeholder: 'title',
      fontFace: 'Source Serif 4',
      fontSize: 24,
      color: '1A1D23',
    })
    page.addImage({
      data: `image/${slide.type};base64,${slide.image.toString('base64')}`,
      x: 0,
      y: 0,
      w: W,
      h: H,
      altText: slide.alt,
    })
    if (slide.notes)
      page.addNotes(slide.notes)
  }
  return await pptx.write({ outputType: 'nodebuffer' }) as Buffer
}
