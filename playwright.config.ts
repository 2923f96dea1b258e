import { defineConfig, devices } from '@playwright/test'

/*
 * End-to-end tests run against the production build (`next build` + `next start`) on a fresh
 * database in a temporary folder, in Debian's Chromium.
 */
const PORT = Number(process.env.E2E_PORT || 3210)
const DATA_DIR = process.env.E2E_DATA_DIR || '/tmp/clusterportal-e2e'
export const E2E_DATABASE_URL = `file:${DATA_DIR}/portal.db`

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], channel: undefined },
      dependencies: ['setup'],
      testIgnore: /auth\.setup\.ts/,
    },
  ],
  webServer: {
    command: `bash scripts/e2e-server.sh`,
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      E2E_DATA_DIR: DATA_DIR,
      DATABASE_URL: E2E_DATABASE_URL,
      SITE_URL: `http://127.0.0.1:${PORT}`,
      ADMIN_EMAIL: 'admin@example.org',
      ADMIN_PASSWORD: 'E2E-Admin-Passwort-2026',
      CLOCK_OFFSET_FILE: `${DATA_DIR}/clock-offset`,
      AUTH_SECRET: 'e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz',
    },
  },
})
