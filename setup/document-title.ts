export const DECK_SHORT_TITLE = 'ISIS-K after Afghanistan'

/** The browser tab title for a slide: number, slide headline, deck name. */
export function slideDocumentTitle(options: { no: number, slideTitle?: string, presenter?: boolean }): string {
  const headline = options.slideTitle?.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()
  const parts = [
    options.presenter ? 'Presenter' : undefined,
    `${options.no}`,
    headline && headline !== DECK_SHORT_TITLE
      ? headline
      : undefined,
    DECK_SHORT_TITLE,
  ].filter(Boolean)
  return parts.join(' · ')
}
