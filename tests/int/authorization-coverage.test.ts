import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { MATRIX_ACTIONS } from '../../e2e/helpers/matrix'

/*
 * Authorization that cannot be forgotten, checked statically: every export of a 'use server'
 * file is built with guardedAction() (which authenticates, checks the role and validates), unless
 * it is on the short reviewed list of public actions below; every route handler is either public
 * by design or calls a data function that checks the session itself. A new action or handler
 * fails this test until it is guarded or reviewed — and until the permission matrix
 * (e2e/permission-matrix.spec.ts) has a row for it.
 */

const ROOT = path.resolve(__dirname, '../..')

/** Reviewed: callable without a session, each for a stated reason. */
const PUBLIC_ACTIONS: Record<string, string> = {
  loginAction: 'logging in is how a visitor becomes a user; throttled per account and address',
  logoutAction: 'ends only the caller’s own session',
  requestResetAction:
    'answers the same for every address; throttled; sends mail only to the account',
  setPasswordAction: 'needs a valid single-use link',
  subscribeAction:
    'answers the same for every address; throttled; mails only a confirmation link to the address',
  subscribeFooterAction: 'the same as subscribeAction (the footer’s copy of the form)',
  saveTopicsAction: 'needs the key from the subscriber’s own mail; changes only the topics',
  secondStepAction:
    'needs the pending-login cookie only a right password sets; tries count in the login throttle',
  secondStepPasskeyOptionsAction: 'only for a pending login; stores a single-use challenge',
  secondStepPasskeyAction:
    'needs the pending-login cookie and a passkey signature over its single-use challenge',
  passkeyLoginOptionsAction: 'a single-use challenge, limited per address',
  passkeyLoginAction: 'needs a passkey signature (user verified) over a single-use challenge',
}

/** Reviewed: every route handler and who may call it. */
const ROUTE_HANDLERS: Record<
  string,
  { methods: string[]; access: 'public' | 'process-secret' | { guardedBy: string[] } }
> = {
  // The server's request to itself (lib/internal-expiry.mjs): a secret only this process holds.
  'app/api/intern/cache/route.ts': { methods: ['POST'], access: 'process-secret' },
  'app/api/auth/[...nextauth]/route.ts': { methods: ['GET', 'POST'], access: 'public' },
  'app/api/health/route.ts': { methods: ['GET'], access: 'public' },
  'app/bilder/[file]/route.ts': { methods: ['GET'], access: 'public' },
  'app/feed.xml/route.ts': { methods: ['GET'], access: 'public' },
  'app/(public)/veranstaltungen/kalender.ics/route.ts': { methods: ['GET'], access: 'public' },
  'app/(public)/veranstaltungen/[slug]/kalender.ics/route.ts': {
    methods: ['GET'],
    access: 'public',
  },
  'app/en/feed.xml/route.ts': { methods: ['GET'], access: 'public' },
  'app/en/events/calendar.ics/route.ts': { methods: ['GET'], access: 'public' },
  'app/en/events/[slug]/calendar.ics/route.ts': { methods: ['GET'], access: 'public' },
  // Newsletter links from mails: the token or key in the link is the authorization.
  'app/(public)/newsletter/bestaetigen/route.ts': { methods: ['GET'], access: 'public' },
  'app/(public)/newsletter/abbestellen/ein-klick/route.ts': {
    methods: ['GET', 'POST'],
    access: 'public',
  },
  'app/en/newsletter/confirm/route.ts': { methods: ['GET'], access: 'public' },
  'app/en/newsletter/unsubscribe/one-click/route.ts': {
    methods: ['GET', 'POST'],
    access: 'public',
  },
  'app/admin/newsletter/abonnenten.csv/route.ts': {
    methods: ['GET'],
    access: { guardedBy: ['exportSubscribers'] },
  },
  'app/admin/upload/route.ts': { methods: ['POST'], access: { guardedBy: ['storeUpload'] } },
  'app/admin/import/upload/route.ts': {
    methods: ['POST'],
    access: { guardedBy: ['importUploads'] },
  },
  'app/admin/export/[datei]/route.ts': {
    methods: ['GET'],
    access: { guardedBy: ['exportPartners'] },
  },
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(full, out)
    else if (/\.(ts|tsx)$/.test(entry.name)) out.push(full)
  }
  return out
}

const sources = [
  ...walk(path.join(ROOT, 'app')),
  ...walk(path.join(ROOT, 'db')),
  ...walk(path.join(ROOT, 'lib')),
  ...walk(path.join(ROOT, 'components')),
]
const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/')

function serverActionExports(): { file: string; name: string; guarded: boolean }[] {
  const found: { file: string; name: string; guarded: boolean }[] = []
  for (const file of sources) {
    const text = fs.readFileSync(file, 'utf8')
    if (!/^\s*['"]use server['"]/m.test(text.split('\n').slice(0, 5).join('\n'))) continue
    for (const match of text.matchAll(
      /^export\s+(?:const|async function|function)\s+(\w+)\s*(=\s*([\w.]+)\()?/gm,
    )) {
      found.push({ file: rel(file), name: match[1]!, guarded: match[3] === 'guardedAction' })
    }
    // Anything else exported (default, re-exports, classes) is not allowed in an actions file.
    expect(text, `${rel(file)} exports something other than named actions`).not.toMatch(
      /^export\s+(default|\{|\*|class)/m,
    )
  }
  return found
}

describe('authorization coverage', () => {
  const actions = serverActionExports()

  it('finds the server actions', () => {
    expect(actions.length).toBeGreaterThan(20)
  })

  it('builds every server action with guardedAction, or lists it as reviewed public', () => {
    const unguarded = actions
      .filter((a) => !a.guarded && !(a.name in PUBLIC_ACTIONS))
      .map((a) => `${a.file}: ${a.name}`)
    expect(unguarded).toEqual([])
    const publicOnes = actions.filter((a) => !a.guarded).map((a) => a.name)
    expect(publicOnes.sort()).toEqual(Object.keys(PUBLIC_ACTIONS).sort())
  })

  it('gives every guarded action a role list and a strict schema', () => {
    for (const action of actions.filter((a) => a.guarded)) {
      const text = fs.readFileSync(path.join(ROOT, action.file), 'utf8')
      const start = text.indexOf(`export const ${action.name} = guardedAction(`)
      const head = text.slice(start, start + 400)
      expect(head, `${action.name} names its roles`).toMatch(/roles:\s*\[/)
      expect(head, `${action.name} names a schema`).toMatch(/schema:\s*/)
    }
  })

  it('has a row in the permission matrix for every action', () => {
    const missing = actions.map((a) => a.name).filter((name) => !MATRIX_ACTIONS.includes(name))
    expect(missing).toEqual([])
  })

  it('knows every route handler, and the guarded ones call a checking data function', () => {
    const handlers = sources.filter((file) => /\/route\.ts$/.test(file))
    const seen: Record<string, string[]> = {}
    for (const file of handlers) {
      const text = fs.readFileSync(file, 'utf8')
      const methods = [
        ...text.matchAll(
          /export\s+(?:async\s+function\s+|const\s+\{?\s*)(GET|POST|PUT|PATCH|DELETE)\b/g,
        ),
      ].map((m) => m[1]!)
      const destructured = text.match(/export const \{ (GET), (POST) \}/)
      seen[rel(file)] = destructured ? ['GET', 'POST'] : methods
    }
    expect(Object.keys(seen).sort()).toEqual(Object.keys(ROUTE_HANDLERS).sort())
    for (const [file, review] of Object.entries(ROUTE_HANDLERS)) {
      expect(seen[file]?.sort(), file).toEqual(review.methods.sort())
      if (review.access === 'public') continue
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8')
      if (review.access === 'process-secret') {
        expect(text, `${file} compares the secret`).toMatch(/timingSafeEqual\(/)
        expect(text, `${file} answers 404 without it`).toMatch(/if \(!authorized\(request\)\)/)
        continue
      }
      for (const fn of review.access.guardedBy) {
        expect(text, `${file} calls ${fn}`).toContain(`${fn}(`)
        const definition = sources
          .map((f) => fs.readFileSync(f, 'utf8'))
          .find((t) => new RegExp(`export async function ${fn}\\(`).test(t))
        expect(definition, `${fn} is defined in the data layer`).toBeDefined()
        const body = definition!.slice(definition!.indexOf(`export async function ${fn}(`))
        expect(body.slice(0, 600), `${fn} checks the session`).toMatch(/require(User|Role)\(/)
      }
    }
  })

  it('keeps database access inside db/ and scripts/', () => {
    const offenders = sources
      .filter((file) => !rel(file).startsWith('db/'))
      .filter((file) =>
        /from ['"](better-sqlite3|drizzle-orm[^'"]*|@\/db\/(client|schema|connection))['"]/.test(
          fs.readFileSync(file, 'utf8'),
        ),
      )
      .map(rel)
    expect(offenders).toEqual([])
  })

  it('uses no raw SQL strings outside the data layer', () => {
    const offenders = sources
      .filter((file) => /sql\.raw\(/.test(fs.readFileSync(file, 'utf8')))
      .map(rel)
    expect(offenders).toEqual([])
  })
})

describe('backend pages', () => {
  it('each guard themselves: a layout does not protect the pages rendered beside it', () => {
    const pages = sources.filter(
      (file) => rel(file).startsWith('app/admin/') && file.endsWith('/page.tsx'),
    )
    const unguarded = pages
      .filter((file) => !/await requirePageRole\(/.test(fs.readFileSync(file, 'utf8')))
      .map(rel)
    expect(pages.length).toBeGreaterThan(20)
    expect(unguarded).toEqual([])
  })
})
