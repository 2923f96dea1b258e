import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/*
 * The public site's texts live in messages/*.json: no component of the public pages may carry
 * words of its own, as JSX text or in a visible or spoken attribute.
 */

const ROOT = path.resolve(__dirname, '../..')
const PUBLIC_SOURCES = [
  'app/(public)',
  'app/en',
  'app/global-not-found.tsx',
  'app/global-error.tsx',
  'components/pages',
  'components/i18n',
  'components/newsletter',
  'components/status',
  'components/site-header.tsx',
  'components/site-footer.tsx',
  'components/public-shell.tsx',
  'components/news-teaser.tsx',
  'components/event-teaser.tsx',
  'components/event-list.tsx',
  'components/contact-box.tsx',
  'components/partner-quote.tsx',
  'components/map',
  'components/partner-locator.tsx',
  'components/partner-view-switch.tsx',
]

/** The editors' preview banner is backend interface: checked with the backend below. */
const EDITORIAL = [path.join('app', '(public)', 'vorschau')]

/** The backend's parts whose texts come from messages/admin (German or English interface). */
const BACKEND_SOURCES = ['app/admin', 'components/admin', 'app/(public)/vorschau']

function files(entry: string): string[] {
  const full = path.join(ROOT, entry)
  if (fs.statSync(full).isFile()) return [full]
  return fs
    .readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(full, name))
    .filter((name) => name.endsWith('.tsx'))
    .filter(
      (name) =>
        // The preview banner is skipped among the public pages, checked when named itself.
        !EDITORIAL.some(
          (dir) => path.relative(ROOT, name).startsWith(dir) && !entry.startsWith(dir),
        ),
    )
}

/** A word between tags (`>Suchen<`) or in an attribute a person sees or hears. */
const JSX_TEXT = /(?<!=)>\s*[^<>{}\s]*[A-Za-zÄÖÜäöüß]{2,}[^<>{}]*</
const ATTRIBUTE = /\b(?:aria-label|placeholder|title|alt)="[^"]*[A-Za-zÄÖÜäöüß]{2,}/
/** A line of words alone, as JSX text broken over lines is written (`  Zum Inhalt springen`). */
const TEXT_LINE = /^[A-Za-zÄÖÜäöüß][\wÄÖÜäöüß„“".!?–-]+(?: [\wÄÖÜäöüß„“".,:;!?–-]+)*$/
/** What looks like words but is code: keywords, `name: type`, list items ending in a comma. */
const CODE =
  /^(?:return|export|import|const|let|async|await|default|else|null|true|false|type|function|throw)\b|^[\w.]+\??: |,$|\binstanceof\b/

function isTextLine(line: string): boolean {
  if (!TEXT_LINE.test(line) || CODE.test(line)) return false
  return line.includes(' ') || /^[A-ZÄÖÜ]/.test(line)
}

function literalTexts(sources: string[]): string[] {
  const found: string[] = []
  for (const file of sources.flatMap(files)) {
    const lines = fs.readFileSync(file, 'utf8').split('\n')
    lines.forEach((line, index) => {
      const code = line.replace(/\/\*.*?\*\/|\/\/.*$/g, '')
      const trimmed = code.trim()
      if (JSX_TEXT.test(code) || ATTRIBUTE.test(code) || isTextLine(trimmed))
        found.push(`${path.relative(ROOT, file)}:${index + 1}: ${line.trim()}`)
    })
  }
  return found
}

describe('public components', () => {
  it('take every text from the message files', () => {
    expect(literalTexts(PUBLIC_SOURCES)).toEqual([])
  })
})

describe('backend components', () => {
  it('take every text from the message files', () => {
    expect(literalTexts(BACKEND_SOURCES)).toEqual([])
  })
})
