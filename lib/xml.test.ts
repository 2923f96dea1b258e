import { XMLParser, XMLValidator } from 'fast-xml-parser'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeXml, markupFreeUrl, xmlElement } from './xml'

describe('escapeXml', () => {
  it('turns any string into text that parses back to itself (without XML-invalid characters)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (value) => {
        const xml = `<r>${xmlElement('t', `x${value}`)}<a v="${escapeXml(value)}"/></r>`
        expect(XMLValidator.validate(xml)).toBe(true)
        const doc = new XMLParser({
          ignoreAttributes: false,
          parseTagValue: false,
          parseAttributeValue: false,
          trimValues: false,
        }).parse(xml)
        const kept = value.replace(
          /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/g,
          (ch, offset: number, all: string) => {
            const code = ch.charCodeAt(0)
            if (code < 0xd800 || code > 0xdfff) return ''
            const pair =
              code <= 0xdbff
                ? /[\udc00-\udfff]/.test(all[offset + 1] ?? '')
                : /[\ud800-\udbff]/.test(all[offset - 1] ?? '')
            return pair ? ch : ''
          },
        )
        // XML parsers normalise line ends to LF.
        expect(String(doc.r.t)).toBe(`x${kept}`.replace(/\r\n?/g, '\n'))
      }),
      { numRuns: 200 },
    )
  })

  it('escapes a CDATA end and markup', () => {
    expect(escapeXml(']]><item>&\'"')).toBe(']]&gt;&lt;item&gt;&amp;&apos;&quot;')
  })
})

describe('markupFreeUrl', () => {
  it('percent-encodes what would be markup and leaves ordinary addresses alone', () => {
    expect(markupFreeUrl('https://cluster.example/partner/it/firma-1')).toBe(
      'https://cluster.example/partner/it/firma-1',
    )
    expect(markupFreeUrl('https://c.example/a</loc><loc>https://evil.example/&"\'')).toBe(
      'https://c.example/a%3C/loc%3E%3Cloc%3Ehttps://evil.example/%26%22%27',
    )
  })
})
