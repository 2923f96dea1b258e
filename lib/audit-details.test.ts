import { describe, expect, it } from 'vitest'
import { describeAuditDetails } from './audit-details'

describe('describeAuditDetails', () => {
  it('names what happened in German instead of codes', () => {
    expect(describeAuditDetails(JSON.stringify({ title: 'Neue Halle', status: 'published' }))).toBe(
      '„Neue Halle“, Status: Veröffentlicht',
    )
    expect(describeAuditDetails(JSON.stringify({ action: 'saveNews', reason: 'role' }))).toBe(
      'Aktion: saveNews, Grund: Rolle reicht nicht aus',
    )
    expect(
      describeAuditDetails(JSON.stringify({ linkId: 3, expiresAt: '2026-12-08T13:00:00.000Z' })),
    ).toBe('Link Nr. 3, gültig bis 08.12.2026, 14:00')
  })

  it('keeps unknown keys and text that is no JSON object', () => {
    expect(describeAuditDetails(JSON.stringify({ rows: 4 }))).toBe('rows: 4')
    expect(describeAuditDetails('kein JSON')).toBe('kein JSON')
    expect(describeAuditDetails(null)).toBe('')
  })
})
