export const DECK_SHORT_TITLE = 'ISIS-K after Afghanistan'

/**
 * The browser tab title for a slide: number, slide headline, deck name; `presenter` puts
 * "Presenter" in front, `reading` (the reading view, at the slide being read) "Reading view" last.
 */
export function slideDocumentTitle(options: { no: number, slideTitle?: string, presenter?: boolean, reading?: boolean }): string {
  const headline = options.slideTitle?.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()
  const parts = [
    options.presenter ? 'Presenter' : undefined,
    `${options.no}`,
    headline && headline !== DECK_SHORT_TITLE
      ? headline
      : undefined,
    DECK_SHORT_TITLE,
    options.reading ? 'Reading view' : undefined,
  ].filter(Boolean)
  return parts.join(' · ')
}
