import { foldForSearch, isAscii } from '@/lib/search-text'

/*
 * Highlighted snippets for search results, cut from the original text (the index only holds
 * folded text). A word counts as a hit when its folded form matches a folded search term the way
 * the index does: whole word, or as a prefix for terms of three or more characters.
 */

export type SnippetPart = { text: string; hit: boolean }

type Token = { start: number; end: number; hit: boolean }

function tokens(text: string, terms: string[]): Token[] {
  const result: Token[] = []
  // Folding keeps an ASCII word's first letter (only "ae", "oe", "ue" shrink): a word whose first
  // letter begins no term cannot match, and most words of a text are skipped without folding.
  const initials = new Set(terms.map((term) => term[0]))
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0]
    const ascii = isAscii(word)
    let hit = false
    if (!ascii || initials.has(word[0]!.toLowerCase())) {
      const folded = foldForSearch(word)
      // Folding can turn one word into several index tokens (rare); test each piece.
      const pieces = ascii ? [folded] : (folded.match(/[\p{L}\p{N}]+/gu) ?? [])
      hit = terms.some((term) =>
        pieces.some((piece) => (term.length >= 3 ? piece.startsWith(term) : piece === term)),
      )
    }
    result.push({ start: match.index!, end: match.index! + word.length, hit })
  }
  return result
}

function partsOf(text: string, list: Token[], from: number, to: number): SnippetPart[] {
  const parts: SnippetPart[] = []
  let cursor = from
  for (const token of list) {
    if (token.start < from || token.end > to || !token.hit) continue
    if (token.start > cursor) parts.push({ text: text.slice(cursor, token.start), hit: false })
    parts.push({ text: text.slice(token.start, token.end), hit: true })
    cursor = token.end
  }
  if (cursor < to) parts.push({ text: text.slice(cursor, to), hit: false })
  return parts
}

/** The whole text with hits marked (for titles and names). */
export function highlight(text: string, terms: string[]): SnippetPart[] {
  if (terms.length === 0) return [{ text, hit: false }]
  return partsOf(text, tokens(text, terms), 0, text.length)
}

/** A window of about `words` words around the densest cluster of hits, with ellipses. */
export function snippet(text: string, terms: string[], words = 28): SnippetPart[] {
  const clean = text.replace(/\s+/g, ' ').trim()
  const list = tokens(clean, terms)
  if (list.length === 0) return []
  let bestStart = 0
  let bestHits = -1
  for (let i = 0; i < list.length; i++) {
    if (!list[i]!.hit && i !== 0) continue
    let hits = 0
    for (let j = i; j < Math.min(list.length, i + words); j++) if (list[j]!.hit) hits++
    if (hits > bestHits) {
      bestHits = hits
      bestStart = i
    }
  }
  // Some context before the first hit.
  const startToken = Math.max(0, bestStart - Math.floor(words / 4))
  const endToken = Math.min(list.length - 1, startToken + words - 1)
  const from = startToken === 0 ? 0 : list[startToken]!.start
  const to = endToken === list.length - 1 ? clean.length : list[endToken]!.end
  const parts = partsOf(clean, list, from, to)
  if (from > 0) parts.unshift({ text: '… ', hit: false })
  if (to < clean.length) parts.push({ text: ' …', hit: false })
  return parts
}
