import { markdownToPlainText } from '@/lib/markdown'
import { transliterateGerman } from '@/lib/slug'

/*
 * German search folding, used at index time and at query time alike. Umlauts are folded both
 * ways: "ä", "ae" and "a" all become "a" (likewise ö/oe/o, ü/ue/u), ß becomes "ss", case and
 * other accents are dropped. Folding "ae"→"a" everywhere is deliberate: applied to both sides it
 * only ever merges spellings, so "Universität", "Universitaet", "Universitat" and "UNIVERSITÄT"
 * are the same word, and "Strassenbau" finds "Straßenbau".
 */
export function foldForSearch(text: string): string {
  // Plain ASCII has nothing to transliterate (the common case: most words of a text).
  return (isAscii(text) ? text : transliterateGerman(text))
    .toLowerCase()
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
}

const ASCII = /^[\x00-\x7f]*$/

export const isAscii = (text: string) => ASCII.test(text)

const MAX_QUERY_LENGTH = 200
const MAX_TERMS = 12

/** Splits a visitor's query into folded search terms (letters and digits only). */
export function searchTerms(query: string): string[] {
  const folded = foldForSearch(query.slice(0, MAX_QUERY_LENGTH).replace(/\0/g, ' '))
  const terms = folded.match(/[\p{L}\p{N}]+/gu) ?? []
  return [...new Set(terms)].slice(0, MAX_TERMS)
}

/**
 * An FTS5 MATCH expression for the terms: every term must occur; terms of three or more
 * characters also match as a prefix ("Mecha" finds "Mechatronik"). Each term is quoted, so
 * operators typed by a visitor (NEAR, OR, *, quotes) are plain text.
 */
export function ftsMatchExpression(terms: string[]): string | null {
  if (terms.length === 0) return null
  return terms.map((term) => (term.length >= 3 ? `"${term}"*` : `"${term}"`)).join(' AND ')
}

/** Markdown to plain text for the index and excerpts. */
export function markdownToSearchText(markdown: string): string {
  return markdownToPlainText(markdown)
}

/**
 * The plain text of a body: the copy stored when it was written (`search_texts`), or, for a row
 * written before that table existed, rendered now.
 */
export function plainText(stored: string | null, markdown: string | null): string {
  return stored ?? markdownToSearchText(markdown ?? '')
}
