import { describe, expect, it } from 'vitest'
import { inlineScripts, scriptSources } from './page-scripts'

describe('page scripts', () => {
  it('counts the scripts a current browser loads', () => {
    const html =
      '<script src="/_next/static/chunks/a.js" async=""></script>' +
      '<script src="/_next/static/chunks/p.js" noModule=""></script>' +
      '<script src="https://example.org/x.js"></script>' +
      '<script type="application/ld+json">{"a":1}</script>' +
      '<script>self.__next_f.push([1])</script>'
    expect(scriptSources(html)).toEqual(['/_next/static/chunks/a.js'])
    expect(scriptSources(html, { noModule: true })).toEqual(['/_next/static/chunks/p.js'])
    expect(inlineScripts(html)).toEqual(['self.__next_f.push([1])'])
  })
})
