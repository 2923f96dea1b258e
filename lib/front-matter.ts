import yaml from 'js-yaml'

/*
 * Markdown files with a YAML front matter block, read the way the format's own tool reads them:
 * gray-matter splits the block off, js-yaml parses it. Following both is what lets every file
 * those tools accept (a double-quoted value running over several unindented lines, `\"` inside)
 * come in with the same values. js-yaml is used directly rather than through gray-matter, which
 * still depends on the js-yaml 3 line.
 */

// The YAML 1.2 core spellings of null and booleans, as js-yaml's own types resolve them.
const nullType = new yaml.Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data: string | null) => data === null || ['~', 'null', 'Null', 'NULL'].includes(data),
  construct: () => null,
  predicate: (value: unknown) => value === null,
  represent: () => '',
})
const BOOLEANS: Record<string, boolean> = {
  true: true,
  True: true,
  TRUE: true,
  false: false,
  False: false,
  FALSE: false,
}
const boolType = new yaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && data in BOOLEANS,
  construct: (data: string) => BOOLEANS[data],
  predicate: (value: unknown) => typeof value === 'boolean',
  represent: (value: object) => String(value),
})

/**
 * Every scalar stays the text written in the file, except an empty value, `~` and `null`.
 * Profile fields are all text, so `name: 2020-01-01`, `slug: 007` or `citeAuthor: on` keep
 * exactly what was typed instead of becoming a date, 7 or a boolean (js-yaml's default schema).
 * Quoted values, the form real profiles use, read the same under either schema.
 */
export const TEXT_SCHEMA = yaml.FAILSAFE_SCHEMA.extend({ implicit: [nullType] })

/** As TEXT_SCHEMA, plus `true`/`false` for switches such as an event's `allDay`. */
export const TEXT_AND_SWITCH_SCHEMA = TEXT_SCHEMA.extend({ implicit: [boolType] })

/** Decodes UTF-8 (with or without BOM) and normalises line endings to LF. */
export function decodeText(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
    return text.replace(/\r\n?/g, '\n').normalize('NFC')
  } catch {
    return null
  }
}

/**
 * gray-matter's split: the text opens with `---` (not `----`), optionally followed by the
 * language `yaml`; the block ends at the first line that starts with `---`; the body begins
 * after that delimiter and one line break. Without a closing delimiter the whole rest is the
 * block, as in gray-matter. Null when the text has no front matter.
 */
export function splitFrontMatter(text: string): { yaml: string; body: string } | null {
  const source = text.replace(/^\uFEFF/, '')
  if (!source.startsWith('---') || source.charAt(3) === '-') return null
  let rest = source.slice(3)
  const lineEnd = rest.indexOf('\n')
  const language = (lineEnd === -1 ? rest : rest.slice(0, lineEnd)).trim()
  if (language !== '' && language !== 'yaml' && language !== 'yml') return null
  if (language !== '') rest = rest.slice(rest.indexOf(language) + language.length)
  const close = rest.indexOf('\n---')
  if (close === -1) return { yaml: rest, body: '' }
  let body = rest.slice(close + 4)
  if (body.startsWith('\r')) body = body.slice(1)
  if (body.startsWith('\n')) body = body.slice(1)
  return { yaml: rest.slice(0, close), body }
}

export type FrontMatterResult =
  { ok: true; data: Record<string, unknown>; body: string } | { ok: false; reason: string }

// The messages js-yaml gives for the mistakes people make, in the words of the rest of the UI.
const REASONS: [RegExp, string][] = [
  [/within a double quoted scalar/, 'Anführungszeichen (") nicht geschlossen'],
  [/within a single quoted scalar/, "Anführungszeichen (') nicht geschlossen"],
  [/bad indentation/, 'falsche Einrückung'],
  [/unknown escape sequence/, 'unbekannte Escape-Sequenz nach \\'],
]

function readableReason(error: unknown): string {
  if (!(error instanceof yaml.YAMLException)) return 'YAML-Kopf nicht lesbar'
  const reason = error.reason || error.message.split('\n')[0] || 'unbekannter Fehler'
  const known = REASONS.find(([pattern]) => pattern.test(reason))
  // The block starts with the rest of the opening `---` line, so its line 0 is the file's line 1.
  const line = error.mark ? ` in Zeile ${error.mark.line + 1}` : ''
  return `YAML-Kopf nicht lesbar${line}: ${known ? `${known[1]} (${reason})` : reason}`
}

/** Splits and parses a decoded file; reasons are one German line for the report. */
export function readFrontMatter(text: string, schema: yaml.Schema): FrontMatterResult {
  const parts = splitFrontMatter(text)
  if (!parts) {
    return { ok: false, reason: 'Kein YAML-Kopf gefunden (die Datei muss mit „---“ beginnen)' }
  }
  let data: unknown
  try {
    // `json: true`: a key written twice keeps its last value instead of failing the file.
    data = yaml.load(parts.yaml, { schema, json: true })
  } catch (error) {
    return { ok: false, reason: readableReason(error) }
  }
  // An empty block is no fields at all (gray-matter gives {}).
  if (data === null || data === undefined) data = {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, reason: 'YAML-Kopf ist keine Liste von Feldern (Feldname: Wert)' }
  }
  return { ok: true, data: data as Record<string, unknown>, body: parts.body }
}

/**
 * Writes a front matter block that readFrontMatter reads back to the same strings: every value
 * double-quoted on one line, line breaks and control characters escaped, nothing folded.
 */
export function writeFrontMatter(
  fields: Record<string, string | Record<string, string> | Record<string, string>[]>,
): string {
  const block = yaml.dump(fields, {
    schema: TEXT_SCHEMA,
    forceQuotes: true,
    quotingType: '"',
    lineWidth: -1,
    noRefs: true,
    sortKeys: false,
  })
  return `---\n${block}---\n`
}
