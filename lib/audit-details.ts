import { createTranslator } from 'next-intl'
import type { Locale } from '@/lib/i18n/locales'
import german from '../messages/admin/de/audit.json'
import english from '../messages/admin/en/audit.json'

/*
 * The details of an audit entry (stored as JSON with English keys and codes) as a line in the
 * reader's interface language for the dashboard and the audit log, e.g. „Neue Halle“, Status:
 * Veröffentlicht. The words come from messages/admin/<locale>/audit.json (`details`). Keys not
 * known here are shown as they are, so nothing stored is hidden.
 */

const TRANSLATORS = {
  de: createTranslator({ locale: 'de', messages: german, namespace: 'details' }),
  en: createTranslator({ locale: 'en', messages: english, namespace: 'details' }),
}

type Translate = (typeof TRANSLATORS)['de']
type Formats = { t: Translate; locale: Locale }

const DATE_LOCALES: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' }

const time = (value: unknown, locale: Locale) => {
  const date = new Date(String(value))
  return Number.isNaN(date.getTime())
    ? String(value)
    : new Intl.DateTimeFormat(DATE_LOCALES[locale], {
        timeZone: 'Europe/Berlin',
        dateStyle: 'medium',
        timeStyle: 'short',
      }).format(date)
}

function known<T extends string>(t: Translate, group: T, value: unknown): string {
  const key = `${group}.${String(value)}` as Parameters<Translate>[0]
  return t.has(key) ? t(key) : String(value)
}

const status = (value: unknown, { t }: Formats) => known(t, 'statuses', value)

const FIELDS: Record<string, (value: unknown, formats: Formats) => string> = {
  title: (v, { t }) => t('quoted', { value: String(v) }),
  name: (v, { t }) => t('quoted', { value: String(v) }),
  status: (v, f) => f.t('status', { status: status(v, f) }),
  from: (v, f) => f.t('from', { status: status(v, f) }),
  publishAt: (v, { t, locale }) => t('publishAt', { time: time(v, locale) }),
  expiresAt: (v, { t, locale }) => t('expiresAt', { time: time(v, locale) }),
  lastAt: (v, { t, locale }) => t('lastAt', { time: time(v, locale) }),
  reason: (v, { t }) => t('reason', { reason: known(t, 'reasons', v) }),
  action: (v, { t }) => t('action', { value: String(v) }),
  count: (v, { t }) => t('count', { value: String(v) }),
  revisionId: (v, { t }) => t('revisionId', { value: String(v) }),
  linkId: (v, { t }) => t('linkId', { value: String(v) }),
  kind: (v, { t }) => (v === 'logo' ? t('logo') : v === 'photo' ? t('photo') : String(v)),
  bytes: (v, { t }) => t('bytes', { value: String(Math.max(1, Math.round(Number(v) / 1024))) }),
}

export function describeAuditDetails(details: string | null, locale: Locale = 'de'): string {
  if (!details) return ''
  let value: unknown
  try {
    value = JSON.parse(details)
  } catch {
    return details
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return details
  const formats = { t: TRANSLATORS[locale], locale }
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([key, v]) =>
      FIELDS[key]
        ? FIELDS[key](v, formats)
        : `${key}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`,
    )
    .join(', ')
}
