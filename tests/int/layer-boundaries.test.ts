import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/*
 * The layers of db/ are lint rules (eslint.config.mjs): a page that imports the write layer,
 * which checks no session, is an error, not a matter of discipline.
 */

const eslint = new ESLint({ cwd: path.join(__dirname, '../..') })

async function restricted(filePath: string, specifier: string): Promise<boolean> {
  const [result] = await eslint.lintText(`import { x } from '${specifier}'\nexport const y = x\n`, {
    filePath,
  })
  return result!.messages.some((message) => message.ruleId === 'no-restricted-imports')
}

describe('the layer boundaries', () => {
  it.each([
    ['app/(public)/probe/page.tsx', '@/db/store/news'],
    ['app/admin/probe/actions.ts', '@/db/store/partners'],
    ['components/probe.tsx', '@/db/cache/sync'],
    ['components/probe.tsx', '@/db/auth/login'],
    ['app/probe.tsx', '@/db/client'],
    ['app/probe.tsx', '../db/store/news'],
    ['db/public/probe.ts', '../store/news'],
    ['db/public/probe.ts', '@/db/admin/news'],
    ['db/store/probe.ts', '../auth/guard'],
    ['db/store/probe.ts', '../admin/news'],
    ['db/auth/probe.ts', '../store/news'],
    ['db/cache/probe.ts', '../admin/partners'],
  ])('refuse %s importing %s', async (file, specifier) => {
    expect(await restricted(file, specifier)).toBe(true)
  })

  it.each([
    ['app/(public)/probe/page.tsx', '@/db/public/news'],
    ['app/admin/probe/actions.ts', '@/db/admin/news'],
    ['app/admin/probe/actions.ts', '@/db/auth/guard'],
    ['components/probe.tsx', '@/db/auth/session'],
    ['db/admin/probe.ts', '../store/news'],
    ['db/auth/probe.ts', '../store/journal'],
    ['scripts/probe.ts', '@/db/store/profile-import'],
  ])('allow %s importing %s', async (file, specifier) => {
    expect(await restricted(file, specifier)).toBe(false)
  })
})
