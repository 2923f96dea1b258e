import { STATUS_LABELS } from '@/lib/workflow'
import type { ContentStatus } from '@/lib/domain'

/*
 * The details of an audit entry (stored as JSON with English keys and codes) as a German line
 * for the dashboard and the audit log, e.g. „Neue Halle“, Status: Veröffentlicht. Keys not
 * known here are shown as they are, so nothing stored is hidden.
 */

const REASONS: Record<string, string> = {
  not_authenticated: 'nicht angemeldet',
  role: 'Rolle reicht nicht aus',
  object: 'fremder oder fehlender Eintrag',
}

const time = (value: unknown) => {
  const date = new Date(String(value))
  return Number.isNaN(date.getTime())
    ? String(value)
    : new Intl.DateTimeFormat('de-DE', {
        timeZone: 'Europe/Berlin',
        dateStyle: 'medium',
        timeStyle: 'short',
      }).format(date)
}

const status = (value: unknown) => STATUS_LABELS[value as ContentStatus] ?? String(value)

const FIELDS: Record<string, (value: unknown) => string> = {
  title: (v) => `„${String(v)}“`,
  name: (v) => `„${String(v)}“`,
  status: (v) => `Status: ${status(v)}`,
  from: (v) => `vorher: ${status(v)}`,
  publishAt: (v) => `geplant für ${time(v)}`,
  expiresAt: (v) => `gültig bis ${time(v)}`,
  lastAt: (v) => `zuletzt ${time(v)}`,
  reason: (v) => `Grund: ${REASONS[String(v)] ?? String(v)}`,
  action: (v) => `Aktion: ${String(v)}`,
  count: (v) => `${String(v)}-mal`,
  revisionId: (v) => `Version ${String(v)}`,
  linkId: (v) => `Link Nr. ${String(v)}`,
  kind: (v) => (v === 'logo' ? 'Logo' : v === 'photo' ? 'Foto' : String(v)),
  bytes: (v) => `${Math.max(1, Math.round(Number(v) / 1024))} KB`,
}

export function describeAuditDetails(details: string | null): string {
  if (!details) return ''
  let value: unknown
  try {
    value = JSON.parse(details)
  } catch {
    return details
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return details
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([key, v]) =>
      FIELDS[key]
        ? FIELDS[key](v)
        : `${key}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`,
    )
    .join(', ')
}
