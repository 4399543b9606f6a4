import { describe, expect, it } from 'vitest'
import { refusedUrls } from './slide-page.ts'

describe('refusedUrls: what a deck context refuses', () => {
  it.each([
    ['http://127.0.0.1:4321/', false],
    ['http://127.0.0.1:4321/print?print=true', false],
    ['data:image/png;base64,AA==', false],
    ['blob:http://127.0.0.1:4321/abc', false],
    ['https://fonts.googleapis.com/css', true],
    // Origins that start like the served one: another port, another host.
    ['http://127.0.0.1:43210/', true],
    ['http://127.0.0.1:4321.example.com/', true],
    ['http://localhost:4321/', true],
  ] as const)('served from http://127.0.0.1:4321, %s is refused: %s', (url, refused) => {
    expect(refusedUrls('http://127.0.0.1:4321').test(url)).toBe(refused)
  })

  it('refuses everything but data: and blob: before the origin is known', () => {
    expect(refusedUrls().test('http://127.0.0.1:4321/')).toBe(true)
    expect(refusedUrls().test('data:text/plain,x')).toBe(false)
  })
})
