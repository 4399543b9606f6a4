// The props of <ExchangeDiagram>, declared once: the component reads them with
// `defineProps<ExchangeDiagramProps>()`, and data/evidence.ts types its records with them.
import type { Meaning } from '../styles/colour-meaning'

/** One side of the deal: its name and the colour meaning of its box (e.g. 'us', 'taliban'). */
export interface ExchangeActor {
  name: string
  meaning: Meaning
}

/** Props of <ExchangeDiagram>: what each side gives and gets, and what stays off the table. */
export interface ExchangeDiagramProps {
  left: ExchangeActor
  right: ExchangeActor
  /** What the left side gives (arrow left to right). */
  give: string
  /** What the left side gets (arrow right to left). */
  get: string
  /** The `get` flow runs both ways (a mutual exchange): its arrow has a head at each end. */
  bothWays?: boolean
  /** What the channel carries and no more, written on it (e.g. "ISIS-K only"); none when absent. */
  scope?: string
  /** Items beyond the line, each with a ✗ mark. */
  excluded?: readonly string[]
  /** Heading of the excluded zone. */
  excludedLabel?: string
  /** Show the excluded zone on a click instead of at once. */
  reveal?: boolean
  /** The click that shows the excluded zone (with `reveal`). */
  at?: number
}
