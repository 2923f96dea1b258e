import { dictionary } from '@zxcvbn-ts/language-common'

/*
 * Passwords too common to allow: the 3,000 most frequent of the zxcvbn-ts list (ranked by
 * frequency in real leaks) plus every entry of 12 characters or more from the full list, and a
 * few German favourites. A password is also refused when it is one of these with digits or
 * punctuation stuck on ("Passwort12345!").
 */
const ranked = dictionary['passwords-common'] as string[]

const GERMAN = [
  'passwort',
  'hallo',
  'hallo123',
  'willkommen',
  'geheim',
  'schatz',
  'fussball',
  'fußball',
  'sommer',
  'winter',
  'frühling',
  'herbst',
  'sonnenschein',
  'schalke',
  'dortmund',
  'bayern',
  'mausi',
  'hase',
  'ichliebedich',
  'qwertz',
  'qwertzuiop',
  'asdfgh',
  'asdfghjkl',
  'ostwestfalen',
  'paderborn',
  'bielefeld',
  'clusterportal',
  'administrator',
  'admin',
]

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  ...ranked.slice(0, 3000),
  ...ranked.filter((entry) => entry.length >= 12),
  ...GERMAN,
])

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase()
  if (COMMON_PASSWORDS.has(lower)) return true
  const base = lower.replace(/[\d\W_]+$/u, '').replace(/^[\d\W_]+/u, '')
  return base.length >= 4 && COMMON_PASSWORDS.has(base)
}
