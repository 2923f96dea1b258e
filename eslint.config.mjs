import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const DATABASE_DIRECT = {
  group: ['@/db/client', '@/db/schema', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'],
  message: 'Read and write through the data access layer in db/.',
}

/** A folder of db/ that must not import the layers `regex` names. */
function layer(files, regex, message) {
  return {
    files: Array.isArray(files) ? files : [files],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex, message }] }] },
  }
}

const eslintConfig = defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Only the data access layer (db/) and the command-line scripts may touch the database.
    files: ['lib/**', 'auth.ts', 'auth.config.ts', 'proxy.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DATABASE_DIRECT] }] },
  },
  {
    // Pages and components read through db/public and db/admin, and act through the guard.
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            DATABASE_DIRECT,
            {
              regex: '^(?:@/db/(?!(?:public|admin)/|auth/(?:session|guard)$)|(?:\\.\\./)+db/)',
              message:
                'Pages and components import only @/db/public/*, @/db/admin/* and @/db/auth/{session,guard}: db/store writes without checking who asks.',
            },
          ],
        },
      ],
    },
  },
  layer(
    'db/public/**',
    '^(?:\\.\\./|@/db/)(?:store|admin)/',
    'Public readers return what visitors may see; they neither write nor authorize.',
  ),
  layer(
    'db/store/**',
    '^(?:\\.\\./|@/db/)(?:admin|auth|public)/',
    'The write layer takes a Db or Tx and knows no session: authorize in db/admin.',
  ),
  layer(
    ['db/auth/**', 'db/cache/**', 'db/ops/**'],
    '^(?:\\.\\./|@/db/)(?:admin/|store/(?!journal$))',
    'Infrastructure does not call the backend functions or the write layer (only its audit journal).',
  ),
  globalIgnores([
    '.next/**',
    'out/**',
    'build/**',
    'next-env.d.ts',
    'drizzle/**',
    'data/**',
    'test-results/**',
    'playwright-report/**',
  ]),
])

export default eslintConfig
