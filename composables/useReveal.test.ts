import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import { useReveal } from './useReveal'

describe('useReveal', () => {
  it('counts clicks from the first one while the reveal is on', () => {
    const at = useReveal(true, 3)
    expect([
      at(),
      at(1),
      at(2),
    ]).toEqual([3, 4, 5])
  })

  it('shows everything at once (false) when the reveal is off', () => {
    const at = useReveal(false, 1)
    expect([
      at(0),
      at(1),
    ]).toEqual([false, false])
  })

  it('follows its props: a getter or ref is read at each call', () => {
    const reveal = ref(true)
    const first = ref(1)
    const at = useReveal(reveal, () => first.value)
    expect(at(1)).toBe(2)
    first.value = 4
    expect(at(1)).toBe(5)
    reveal.value = false
    expect(at(1)).toBe(false)
  })

  it('refuses a click Slidev would ignore', () => {
    expect(() => useReveal(true, 0)(-1)).toThrow(RangeError)
    expect(() => useReveal(true, 0.5)()).toThrow(/whole click number/)
  })
})
