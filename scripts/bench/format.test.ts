import { describe, expect, it } from 'vitest'
import { fixed, table } from './format'

describe('report formatting', () => {
  it('aligns the first columns left and the numbers right', () => {
    expect(
      table(
        ['page', 'path', 'req/s'],
        [
          ['home', '/', 1234],
          ['article', '/aktuelles/x', 5],
        ],
        2,
      ),
    ).toBe(
      [
        'page     path          req/s',
        '-------  ------------  -----',
        'home     /              1234',
        'article  /aktuelles/x      5',
      ].join('\n'),
    )
  })

  it('shows a dash for a value that could not be measured', () => {
    expect(fixed(1.256, 2)).toBe('1.26')
    expect(fixed(null)).toBe('–')
    expect(fixed(undefined)).toBe('–')
    expect(fixed(Number.POSITIVE_INFINITY)).toBe('–')
  })
})
