import { expect, type Page } from '@playwright/test'
import { openDb } from '../db'

/*
 * What the permission matrix's triggers share: each trigger performs one server action in the
 * browser as a role that may use it, calling `arm()` just before the request that counts.
 */

export type Trigger = (page: Page, arm: () => void) => Promise<void>

export function idOf(table: string, column: string, value: string): number {
  const db = openDb()
  try {
    return (db.prepare(`SELECT id FROM ${table} WHERE ${column} = ?`).get(value) as { id: number })
      .id
  } finally {
    db.close()
  }
}

export async function saveAndWait(page: Page, button: string) {
  await page.getByRole('button', { name: button, exact: true }).click()
  await expect(page.getByRole('status').first()).toBeVisible()
}
