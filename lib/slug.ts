/*
 * German-aware text folding, shared by slugs, sorting and search so that every place agrees on
 * what "ä" means.
 */

const GERMAN_TRANSLITERATION: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
  ẞ: 'SS',
}

/** ä→ae, ö→oe, ü→ue, ß→ss; every other accent is dropped (é→e). */
export function transliterateGerman(input: string): string {
  return input
    .normalize('NFC')
    .replace(/[äöüÄÖÜßẞ]/g, (ch) => GERMAN_TRANSLITERATION[ch] ?? ch)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
}

export const MAX_SLUG_LENGTH = 80

/**
 * URL slug with German transliteration:
 * "Wissenschaftseinrichtungen, Hochschulen und Hochschulverbände"
 *   → "wissenschaftseinrichtungen-hochschulen-und-hochschulverbaende".
 */
export function slugify(input: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = transliterateGerman(input)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength) return slug
  // Cut at a word boundary where one is near, never leaving a trailing hyphen.
  const cut = slug.slice(0, maxLength)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > maxLength * 0.6 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '')
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function isSlug(value: string): boolean {
  return value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value)
}

/**
 * Sort key in German dictionary order (DIN 5007-1): umlauts sort with their base vowel
 * (Ä with A), ß as ss, case and accents ignored, leading punctuation skipped.
 */
export function germanSortKey(input: string): string {
  return input
    .normalize('NFC')
    .replace(/[ßẞ]/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+/u, '')
}

/** The A–Z filter letter of a sort key; "#" for names that start with a digit or symbol. */
export function initialLetter(sortKey: string): string {
  const first = sortKey.charAt(0)
  return /^[a-z]$/.test(first) ? first.toUpperCase() : '#'
}
