import fs from 'node:fs'
import path from 'node:path'
import yaml from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { splitFrontMatter } from '@/lib/front-matter'
import { isProfileFileName, normalisePartnerSlug, parseProfile } from './profile'

const enc = (text: string) => new TextEncoder().encode(text)

function parseOk(text: string | Uint8Array) {
  const result = parseProfile(typeof text === 'string' ? enc(text) : text)
  if (!result.ok) throw new Error(`expected a profile, got: ${result.reason}`)
  return result
}

function parseFail(text: string | Uint8Array) {
  const result = parseProfile(typeof text === 'string' ? enc(text) : text)
  if (result.ok) throw new Error('expected a failure')
  return result.reason
}

const minimal = (extra = '', body = 'Text') =>
  `---\nname: "Muster GmbH"\nslug: "unternehmen-und-stiftungen/muster-gmbh"\ncategory: "Unternehmen und Stiftungen"\n${extra}---\n\n${body}\n`

describe('parseProfile', () => {
  it('reads the seed profile', () => {
    const file = path.join(__dirname, '../../db/seed/partners/its-owl-clustermanagement.md')
    const { profile, warnings } = parseOk(fs.readFileSync(file))
    expect(profile.name).toBe("it's OWL Clustermanagement GmbH")
    expect(profile.slug).toBe('unternehmen-und-stiftungen/it-s-owl-clustermanagement-gmb-h')
    expect(profile.categoryName).toBe('Unternehmen und Stiftungen')
    expect(profile.categorySlug).toBe('unternehmen-und-stiftungen')
    expect(profile.logo).toBe('../logos/its-OWL-1.png')
    expect(profile.quote).toBeNull()
    expect(profile.body).toMatch(/^Die it's OWL Clustermanagement GmbH ist/)
    expect(profile.body).toContain('#### Aktivitäten im MINT-Bereich')
    expect(warnings).toEqual([])
  })

  it('treats empty quote fields as no quote, and a filled one as a quote', () => {
    expect(
      parseOk(minimal('citeQuote: ""\nciteAuthor: ""\nciteAuthorFunction: ""\n')).profile.quote,
    ).toBeNull()
    const { profile } = parseOk(
      minimal(
        'citeQuote: "Gemeinsam stärker."\nciteAuthor: "Erika Muster"\nciteAuthorFunction: ""\n',
      ),
    )
    expect(profile.quote).toEqual({
      text: 'Gemeinsam stärker.',
      author: 'Erika Muster',
      authorFunction: null,
    })
  })

  it('keeps umlauts and escaped quotes in front matter strings', () => {
    const { profile } = parseOk(
      '---\nname: "Verein \\"Zukunft Lippe\\" Ärzte & Söhne"\nslug: "vereine-und-verbaende/zukunft-lippe"\ncategory: "Vereine und Verbände"\nciteQuote: \'Er sagte: \'\'Jetzt!\'\'\'\n---\nÜber uns\n',
    )
    expect(profile.name).toBe('Verein "Zukunft Lippe" Ärzte & Söhne')
    expect(profile.categorySlug).toBe('vereine-und-verbaende')
    expect(profile.quote?.text).toBe("Er sagte: 'Jetzt!'")
    expect(profile.body).toBe('Über uns')
  })

  it('reads CRLF line endings with a byte order mark', () => {
    const text =
      '\uFEFF' + minimal('logo: "../logos/a.png"\n', 'Zeile 1\n\nZeile 2').replace(/\n/g, '\r\n')
    const { profile } = parseOk(text)
    expect(profile.name).toBe('Muster GmbH')
    expect(profile.logo).toBe('../logos/a.png')
    expect(profile.body).toBe('Zeile 1\n\nZeile 2')
  })

  it('accepts a null or empty logo with a warning', () => {
    for (const logo of ['logo:\n', 'logo: null\n', 'logo: ""\n', 'logo: ~\n']) {
      const { profile, warnings } = parseOk(minimal(logo))
      expect(profile.logo).toBeNull()
      expect(warnings).toContain('kein Logo angegeben')
    }
  })

  it.each([
    ['no front matter', 'Nur Text', /YAML-Kopf/],
    ['broken YAML', '---\nname: "offen\nslug: [\n---\nText', /YAML-Kopf nicht lesbar/],
    ['a list instead of fields', '---\n- a\n- b\n---\nText', /keine Liste von Feldern/],
    ['missing name', '---\nslug: "a/b"\ncategory: "X"\n---\n', /„name“/],
    ['empty name', '---\nname: "  "\nslug: "a/b"\ncategory: "X"\n---\n', /„name“/],
    ['missing slug', '---\nname: "A"\ncategory: "X"\n---\n', /„slug“/],
    ['missing category', '---\nname: "A"\nslug: "a/b"\n---\n', /„category“/],
    [
      'a slug with too many parts',
      '---\nname: "A"\nslug: "a/b/c"\ncategory: "X"\n---\n',
      /Ungültiger slug/,
    ],
    ['an empty file', '', /leer/],
  ])('rejects %s with a German reason', (_label, text, reason) => {
    expect(parseFail(text)).toMatch(reason)
  })

  it('rejects text that is not UTF-8', () => {
    expect(parseFail(new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x00]))).toMatch(/UTF-8/)
  })

  it('keeps hostile markup in the body as text for the renderer to neutralise', () => {
    const { profile } = parseOk(
      minimal('', '<script>alert(1)</script>\n\n[x](javascript:alert(1))'),
    )
    expect(profile.body).toContain('<script>')
  })

  it('does not expand YAML alias bombs', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 12; i++) {
      const [name, prev] = [String.fromCharCode(97 + i), String.fromCharCode(96 + i)]
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`)
    }
    // 9^12 strings if expanded; read as shared references it is instant.
    const bomb = `---\n${levels.join('\n')}\nname: "A"\nslug: "a/b"\ncategory: "X"\n---\n`
    const started = performance.now()
    expect(parseOk(bomb).profile.name).toBe('A')
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

const fixture = (name: string) =>
  fs.readFileSync(path.join(__dirname, '../../tests/fixtures/profiles', name))

/** What gray-matter hands its users: js-yaml's default schema over the same block. */
function grayMatterValue(bytes: Uint8Array, key: string): unknown {
  const text = new TextDecoder().decode(bytes)
  const block = splitFrontMatter(text)!.yaml
  return (yaml.load(block) as Record<string, unknown>)[key]
}

describe('parseProfile: quotes over several lines, as real profiles have them', () => {
  it('reads a double-quoted quote with unindented lines, paragraphs and escaped quotes', () => {
    const bytes = fixture('lernwerkstatt.md')
    const { profile } = parseOk(bytes)
    expect(profile.quote).toEqual({
      text:
        '„Wer einmal selbst einen Roboter gebaut hat, sieht Technik mit anderen Augen. Genau das ' +
        'wollen wir erreichen. Unser Motto lautet seit der Gründung: MACHEN. "Probieren geht über ' +
        'Studieren", sagen die Kinder.\nWir freuen uns auf alle, die mitmachen wollen.”',
      author: 'Marlene Hoffmeister',
      authorFunction: 'Vorsitzende',
    })
    expect(profile.quote?.text).toBe(grayMatterValue(bytes, 'citeQuote'))
    expect(profile.logo).toBeNull()
    expect(profile.body).toMatch(/^Die Lernwerkstatt Technik Ostwestfalen bietet/)
  })

  it('folds lines as YAML does: one break is a space, each empty line a line break', () => {
    const bytes = fixture('hochschule-zitat.md')
    const { profile } = parseOk(bytes)
    expect(profile.quote?.text).toBe(
      '„Messen heißt verstehen. Unsere Studierenden lernen das im Labor und in der "echten" ' +
        'Produktion unserer Partner.\n\nEin zweiter Absatz nach zwei Leerzeilen. Und der letzte Satz.”',
    )
    expect(profile.quote?.text).toBe(grayMatterValue(bytes, 'citeQuote'))
    expect(profile.categoryName).toBe(
      'Wissenschaftseinrichtungen, Hochschulen und Hochschulverbände',
    )
  })

  it('reads the same shape with CRLF line endings to the same quote', () => {
    const lf = parseOk(fixture('lernwerkstatt.md')).profile
    const crlf = parseOk(fixture('lernwerkstatt.md').toString('utf8').replace(/\n/g, '\r\n'))
    expect(crlf.profile).toEqual(lf)
  })

  it('still rejects a quote left open at the end of the header, in one line', () => {
    const reason = parseFail(
      minimal('citeQuote: "„Ein Zitat, das nie endet.\nZweite Zeile.\n', 'Text'),
    )
    expect(reason).toMatch(/^YAML-Kopf nicht lesbar in Zeile \d+: Anführungszeichen/)
    expect(reason).not.toContain('\n')
  })

  it('keeps plain values as the text written, where js-yaml would make a date, number or boolean', () => {
    const { profile } = parseOk(
      '---\nname: 2020-01-01\nslug: vereine/007\ncategory: Vereine\ncity: 0521\nregion: on\nciteQuote: true\nciteAuthor: 1.50\n---\n',
    )
    expect(profile).toMatchObject({
      name: '2020-01-01',
      slug: 'vereine/007',
      city: '0521',
      region: 'on',
      quote: { text: 'true', author: '1.50' },
    })
  })

  it('follows gray-matter where the header ends: the first line starting with ---', () => {
    expect(splitFrontMatter('---\na: 1\n--- \nText')).toEqual({ yaml: '\na: 1', body: ' \nText' })
    expect(splitFrontMatter('---yaml\na: 1\n---\nText')).toEqual({ yaml: '\na: 1', body: 'Text' })
    expect(splitFrontMatter('----\na: 1\n---\nText')).toBeNull()
    expect(splitFrontMatter('---toml\na = 1\n---\nText')).toBeNull()
  })
})

describe('normalisePartnerSlug', () => {
  it('keeps a well-formed slug', () => {
    expect(normalisePartnerSlug('vereine/abc-1', 'x')).toEqual({
      slug: 'vereine/abc-1',
      changed: false,
    })
  })
  it('puts the category in front of a bare entry slug', () => {
    expect(normalisePartnerSlug('Müller AG', 'unternehmen')).toEqual({
      slug: 'unternehmen/mueller-ag',
      changed: true,
    })
  })
})

describe('splitFrontMatter', () => {
  it('leaves a horizontal rule in the body alone', () => {
    expect(splitFrontMatter('---\na: 1\n---\nText\n\n---\n\nMehr')).toEqual({
      yaml: '\na: 1',
      body: 'Text\n\n---\n\nMehr',
    })
  })
})

describe('isProfileFileName', () => {
  it('takes Markdown and text files, skips images and hidden files', () => {
    expect(isProfileFileName('a/b/profil.md')).toBe(true)
    expect(isProfileFileName('000_x.txt')).toBe(true)
    expect(isProfileFileName('logos/x.png')).toBe(false)
    expect(isProfileFileName('.DS_Store')).toBe(false)
  })
})
