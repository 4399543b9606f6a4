// Click steps for a component that reveals itself in parts (Slidev's v-click).
import type { MaybeRefOrGetter } from 'vue'
import { toValue } from 'vue'

/** The value for `v-click`: a click number, or `false` for "always shown" (no reveal). */
export type ClickAt = number | false

/**
 * `useReveal(reveal, first)` returns `at(offset)`: the click `first + offset` while `reveal`
 * is on, else `false`, which Slidev's `v-click` reads as "no click, always shown" (so the
 * print view, the reading view and `:reveal="false"` show everything). Both arguments may
 * be refs or getters (e.g. `() => props.reveal`), read at each call, so prop changes apply.
 * Throws on a negative or fractional click, which Slidev would ignore silently.
 */
export function useReveal(reveal: MaybeRefOrGetter<boolean>, first: MaybeRefOrGetter<number> = 0): (offset?: number) => ClickAt {
  return (offset = 0) => {
    if (!toValue(reveal))
      return false
    const click = toValue(first) + offset
    if (!Number.isInteger(click) || click < 0)
      throw new RangeError(`A reveal step must be a whole click number >= 0, got ${click}`)
    return click
  }
}
