import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

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
    files: ['app/**', 'components/**', 'lib/**', 'auth.ts', 'auth.config.ts', 'proxy.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@/db/client',
                '@/db/schema',
                'better-sqlite3',
                'drizzle-orm',
                'drizzle-orm/*',
              ],
              message: 'Read and write through the data access layer in db/.',
            },
          ],
        },
      ],
    },
  },
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
