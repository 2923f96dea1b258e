import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { RESERVED_SLUGS, type SlugKind } from './reserved-slugs'
import type { Locale } from './i18n/locales'

const APP = path.join(process.cwd(), 'app')

/** The folders whose dynamic segment holds an item's slug, by kind and language. */
const PARENTS: Record<SlugKind, Record<Locale, string[]>> = {
  page: { de: ['.', '(public)', '(auth)'], en: ['en'] },
  category: { de: ['(public)/partner'], en: ['en/partners'] },
  event: { de: ['(public)/veranstaltungen'], en: ['en/events'] },
  news: { de: ['(public)/aktuelles'], en: ['en/news'] },
}

/** Route folders beside the dynamic one that a slug could equal (no groups, no dots). */
function staticRoutes(folder: string): string[] {
  return fs
    .readdirSync(path.join(APP, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => /^[a-z0-9-]+$/.test(name))
}

describe('reserved slugs', () => {
  for (const kind of Object.keys(PARENTS) as SlugKind[]) {
    for (const locale of ['de', 'en'] as const) {
      it(`every route beside a ${kind}'s address (${locale}) is reserved`, () => {
        const routes = PARENTS[kind][locale].flatMap(staticRoutes)
        expect(routes.filter((name) => !RESERVED_SLUGS[kind][locale].includes(name))).toEqual([])
      })
    }
  }
})
