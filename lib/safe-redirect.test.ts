import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeCallbackPath } from './safe-redirect'

const BASE = 'https://portal.example'

/** Where a browser goes when it follows `Location: <path>` from a page on BASE. */
function browserTarget(path: string): URL {
  return new URL(path, `${BASE}/login`)
}

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
    ['/admin/./news/../partners', '/admin/partners'],
  ])('%s → %s', (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected)
  })

  // Paths that look local but normalise to "//host" or "/\host", which a browser reads as another
  // host, plus the characters browsers strip from a URL before parsing it.
  it.each([
    '/.//evil.example/phish',
    '/./\\evil.example',
    '/x/..//evil.example',
    '/%2e//evil.example',
    '/%2E%2E//evil.example',
    '/.%2e//evil.example',
    '/./%2F/evil.example',
    '/.//\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r/evil.example',
    '/%09/evil.example',
    '/%0a/evil.example',
    '\t//evil.example',
    ' //evil.example',
    '/ /evil.example',
    'https://evil.example//evil.example/admin',
    'https://portal.example/admin/..//evil.example',
    'https://x/admin/..%2f..%2f/evil.example',
    '/admin/../..//evil.example',
    '/\u3000/evil.example',
    '/\u00a0//evil.example',
  ])('%j stays on this site', (input) => {
    const result = safeCallbackPath(input)
    expect(result.startsWith('/')).toBe(true)
    expect(result).not.toMatch(/^\/[/\\]/)
    expect(browserTarget(result).origin).toBe(BASE)
  })

  it('never returns a path a browser resolves to another origin (property)', () => {
    const piece = fc.constantFrom(
      '/',
      '\\',
      '.',
      '..',
      '%2e',
      '%2E',
      '%2f',
      '%2F',
      '%5c',
      '%5C',
      '%09',
      '\t',
      '\n',
      '\r',
      ' ',
      '\u00a0',
      ':',
      '@',
      '?',
      '#',
      'evil.example',
      'admin',
      'https:',
      'javascript:',
      'x',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.string({ maxLength: 8 }), (parts, s) => {
        for (const input of [parts.join(''), `/${parts.join('')}`, `/${parts.join('')}${s}`]) {
          const result = safeCallbackPath(input)
          expect(result.startsWith('/')).toBe(true)
          expect(result).not.toMatch(/^\/[/\\]/)
          expect(result).not.toMatch(/[\u0000-\u0020\\\u007f]/)
          expect(browserTarget(result).origin).toBe(BASE)
          // What the browser then requests is exactly the path we chose.
          const target = browserTarget(result)
          expect(`${target.pathname}${target.search}${target.hash}`).toBe(result)
        }
      }),
      { numRuns: 3000 },
    )
  })
})
