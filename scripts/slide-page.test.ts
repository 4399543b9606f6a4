import { describe, expect, it } from 'vitest'
import { refusedUrls } from './slide-page.ts'

describe('refusedUrls: what a deck context refuses', () => {
  const refused = refusedUrls('http://127.0.0.1:4321')

  it('lets the served origin, data: and blob: through', () => {
    for (const url of [
      'http://127.0.0.1:4321/',
      'http://127.0.0.1:4321/print?print=true',
      'data:image/png;base64,AA==',
      'blob:http://127.0.0.1:4321/abc',
    ])
      expect(refused.test(url), url).toBe(false)
  })

  it('refuses every other origin, one that starts like the served one too', () => {
    for (const url of [
      'https://fonts.googleapis.com/css',
      'http://127.0.0.1:43210/',
      'http://127.0.0.1:4321.example.com/',
      'http://localhost:4321/',
    ])
      expect(refused.test(url), url).toBe(true)
  })

  it('refuses everything but data: and blob: before the origin is known', () => {
    expect(refusedUrls().test('http://127.0.0.1:4321/')).toBe(true)
    expect(refusedUrls().test('data:text/plain,x')).toBe(false)
  })
})
