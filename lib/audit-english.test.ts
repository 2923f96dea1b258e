import { describe, expect, it } from 'vitest'
import german from '../messages/admin/de/audit.json'
import english from '../messages/admin/en/audit.json'
import {
  AUDIT_ACTION_LABELS,
  AUDIT_SUBJECTS,
  auditActionLabel,
  auditActionsMatching,
  auditMessageKey,
  auditSubjectLabel,
} from './audit-actions'
import { describeAuditDetails } from './audit-details'

/*
 * The audit log for a user whose interface is English: every code has an English label in
 * messages/admin/en/audit.json, and the German message file says what the German map says (the
 * dashboard and the command line read the map).
 */

describe('audit labels in English', () => {
  const codes = Object.keys(AUDIT_ACTION_LABELS)

  it('exist for every code, under a key of its own', () => {
    const englishActions: Record<string, string> = english.actions
    expect(codes.filter((code) => !englishActions[auditMessageKey(code)])).toEqual([])
    expect(new Set(codes.map(auditMessageKey)).size).toBe(codes.length)
    const englishSubjects: Record<string, string> = english.subjects
    expect(Object.keys(AUDIT_SUBJECTS).filter((type) => !englishSubjects[type])).toEqual([])
  })

  it('match the German map in the German message file', () => {
    expect(german.actions).toEqual(
      Object.fromEntries(codes.map((code) => [auditMessageKey(code), AUDIT_ACTION_LABELS[code]])),
    )
    expect(german.subjects).toEqual(AUDIT_SUBJECTS)
  })

  it('name codes and subjects, and the filter finds codes by the English label', () => {
    expect(auditActionLabel('login.success', 'en')).toBe('Sign-in')
    expect(auditActionLabel('news.publish', 'en')).toBe('News item published')
    expect(auditActionLabel('login.success')).toBe('Anmeldung')
    expect(auditActionLabel('old.code', 'en')).toBe('old.code')
    expect(auditSubjectLabel('partner', 'en')).toBe('Partner profile')
    expect(auditActionsMatching('Sign-in', 'en').codes).toEqual(['login.success'])
    expect(auditActionsMatching('failed', 'en').codes).toContain('login.second_factor_failed')
    expect(auditActionsMatching('Sign-in').codes).toEqual([])
  })

  it('describe the details in English', () => {
    expect(
      describeAuditDetails(JSON.stringify({ title: 'New hall', status: 'published' }), 'en'),
    ).toBe('“New hall”, Status: Published')
    expect(describeAuditDetails(JSON.stringify({ action: 'saveNews', reason: 'role' }), 'en')).toBe(
      'Action: saveNews, Reason: role not sufficient',
    )
    expect(
      describeAuditDetails(
        JSON.stringify({ linkId: 3, expiresAt: '2026-12-08T13:00:00.000Z', count: 2 }),
        'en',
      ),
    ).toBe('Link no. 3, valid until 8 Dec 2026, 14:00, 2 times')
    expect(describeAuditDetails(JSON.stringify({ rows: 4 }), 'en')).toBe('rows: 4')
  })
})
