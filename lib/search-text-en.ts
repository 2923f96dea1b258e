/*
 * Search terms for English text: lower-cased letters and digits, without the German folding
 * (English has no umlauts to spell two ways; the English index stems words instead).
 */

const MAX_QUERY_LENGTH = 200
const MAX_TERMS = 12

export function englishSearchTerms(query: string): string[] {
  const text = query.slice(0, MAX_QUERY_LENGTH).replace(/\0/g, ' ').normalize('NFC').toLowerCase()
  const terms = text.match(/[\p{L}\p{N}]+/gu) ?? []
  return [...new Set(terms)].slice(0, MAX_TERMS)
}
