import { expect, request, type Page } from '@playwright/test'
import type { MatrixRole } from './matrix'

/*
 * Server action requests caught in the browser and sent again over HTTP with another role's
 * cookies: how the permission tests show that a refused role changes nothing.
 */

export type Captured = { url: string; headers: Record<string, string>; body: Buffer }

/**
 * Runs `steps`; from the moment `arm()` is called, the next server action request is captured
 * and dropped, so it never reaches the server.
 */
export async function captureAction(
  page: Page,
  steps: (arm: () => void) => Promise<void>,
): Promise<Captured> {
  let armed = false
  let captured: Captured | null = null
  await page.route('**/*', async (route) => {
    const req = route.request()
    if (armed && !captured && req.method() === 'POST' && req.headers()['next-action']) {
      captured = {
        url: req.url(),
        headers: req.headers(),
        body: req.postDataBuffer() ?? Buffer.alloc(0),
      }
      await route.abort()
      return
    }
    await route.continue()
  })
  await steps(() => (armed = true))
  await expect.poll(() => captured !== null, { timeout: 10_000 }).toBe(true)
  await page.unroute('**/*')
  return captured!
}

export const storageOf = (role: MatrixRole) =>
  role === 'visitor' ? undefined : `e2e/.auth/${role}.json`

/** Sends the captured request with `role`'s cookies (none for visitors); returns the status. */
export async function sendAs(role: MatrixRole, captured: Captured, baseURL: string) {
  const context = await request.newContext({ baseURL, storageState: storageOf(role) })
  const headers: Record<string, string> = { ...captured.headers, origin: baseURL }
  for (const name of ['cookie', 'content-length', 'host']) delete headers[name]
  const response = await context.post(captured.url, {
    headers,
    data: captured.body,
    maxRedirects: 0,
  })
  const status = response.status()
  await context.dispose()
  return status
}
