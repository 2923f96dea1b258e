import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { formDataToObject } from '@/lib/form-data'
import { categorySchema, inviteSchema, roleSchema } from '@/lib/validation/accounts'
import { eventActionSchema } from '@/lib/validation/event'
import { newsActionSchema } from '@/lib/validation/news'
import { pageFormSchema } from '@/lib/validation/page'
import { partnerActionSchema, profileFormSchema } from '@/lib/validation/partner'

/*
 * Whatever arrives at a server action is checked by its schema: junk, huge strings, wrong types,
 * nested objects and prototype keys give a validation result, never an exception (which would be a
 * 500), and fields that are not part of the form — a role, a status, another organisation — are
 * refused rather than ignored.
 */

const SCHEMAS: Record<string, z.ZodType> = {
  news: newsActionSchema,
  event: eventActionSchema,
  partner: partnerActionSchema,
  profile: profileFormSchema,
  page: pageFormSchema,
  category: categorySchema,
  invite: inviteSchema,
  role: roleSchema,
}

const junk = fc.oneof(
  fc.string(),
  fc.string({ minLength: 5000, maxLength: 20000 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 5 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'javascript:alert(1)',
    '\u0000',
    '<script>',
    '../../etc/passwd',
    '9'.repeat(400),
  ),
)

const keys = fc.oneof(
  fc.constantFrom(
    'id',
    'title',
    'slug',
    'body',
    'date',
    'intent',
    'publishAt',
    'links',
    'partnerIds',
    'status',
    'role',
    'partnerId',
    'email',
    'name',
    '__proto__',
    'constructor',
    'start',
    'end',
    'allDay',
    'imageId',
    'categoryId',
  ),
  fc.string({ maxLength: 20 }),
)

describe.each(Object.entries(SCHEMAS))('%s schema', (_name, schema) => {
  it('never throws on junk input', () => {
    fc.assert(
      fc.property(fc.dictionary(keys, junk, { maxKeys: 12 }), (input) => {
        expect(() => schema.safeParse(input)).not.toThrow()
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on junk form data', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 40 }), fc.string({ maxLength: 200 })), {
          maxLength: 30,
        }),
        (entries) => {
          const data = new FormData()
          for (const [key, value] of entries) data.append(key, value)
          expect(() => schema.safeParse(formDataToObject(data, ['partnerIds']))).not.toThrow()
          expect(Object.getPrototypeOf({})).toBe(Object.prototype)
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('fields outside the form', () => {
  const validNews = {
    title: 'T',
    slug: 't',
    lead: '',
    body: '',
    date: '2026-01-01',
    links: [],
    partnerIds: [],
    tags: '',
    intent: 'save',
  }
  const validProfile = {
    website: '',
    city: '',
    quoteText: '',
    quoteAuthor: '',
    quoteAuthorFunction: '',
    body: 'x',
  }

  it('accept the valid forms', () => {
    expect(newsActionSchema.safeParse(validNews).success).toBe(true)
    expect(profileFormSchema.safeParse(validProfile).success).toBe(true)
  })

  it.each([
    ['status', 'published'],
    ['role', 'admin'],
    ['partnerId', 2],
    ['authorId', 1],
    ['createdAt', '2020-01-01'],
  ])('refuse %s in a news submission', (key, value) => {
    expect(newsActionSchema.safeParse({ ...validNews, [key]: value }).success).toBe(false)
  })

  it.each([
    ['name', 'Andere GmbH'],
    ['slug', 'x/y'],
    ['categoryId', 3],
    ['status', 'published'],
    ['partnerId', 2],
    ['logoImageId', 'abc'],
  ])("refuse %s in a partner's own profile proposal", (key, value) => {
    expect(profileFormSchema.safeParse({ ...validProfile, [key]: value }).success).toBe(false)
  })

  it('refuse javascript: and data: links', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'ftp://example.org',
    ]) {
      expect(
        newsActionSchema.safeParse({ ...validNews, links: [{ label: 'x', url }] }).success,
        url,
      ).toBe(false)
    }
  })
})
