import { describe, expect, it } from 'vitest'
import { safeCallbackPath } from './safe-redirect'

describe('safeCallbackPath', () => {
  it.each([
    ['/admin/news/3', '/admin/news/3'],
    ['/admin?x=1#y', '/admin?x=1#y'],
    ['https://evil.example', '/admin'],
    ['https://evil.example/admin/news?x=1', '/admin/news?x=1'],
    ['http://localhost:3000/admin', '/admin'],
    ['//evil.example', '/admin'],
    ['/\\evil.example', '/admin'],
    ['javascript:alert(1)', '/admin'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
    ['/admin\n', '/admin'],
    [undefined, '/admin'],
    ['', '/admin'],
  ])('%s → %s', (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected)
  })
})
