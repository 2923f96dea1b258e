import type { Locale } from '@/lib/i18n/locales'
import englishMessages from '../messages/admin/en/audit.json'

/*
 * German names for the codes the audit log stores (`login.success`, `partners.import`, …). The
 * codes stay in the database as written; the backend shows these labels, with the code beside
 * them. lib/audit-actions.test.ts reads the source for every code written and fails on one
 * without a label here.
 */

/** What an entry is about, as a German noun (also used for the "Objekt" column). */
export const AUDIT_SUBJECTS: Record<string, string> = {
  news: 'Meldung',
  event: 'Veranstaltung',
  partner: 'Partnerprofil',
  page: 'Seite',
  category: 'Kategorie',
  user: 'Konto',
  image: 'Bild',
  newsletter_issue: 'Newsletter-Ausgabe',
  newsletter_subscriber: 'Newsletter-Abonnement',
}

// Steps every content kind goes through; the label is "<subject> <participle>".
const CONTENT_STEPS: Record<string, string> = {
  create: 'angelegt',
  update: 'geändert',
  submit: 'zur Prüfung eingereicht',
  publish: 'veröffentlicht',
  schedule: 'zur Veröffentlichung geplant',
  publish_scheduled: 'zur geplanten Zeit veröffentlicht',
  withdraw: 'zurückgezogen',
  archive: 'archiviert',
  review_approve: 'nach Prüfung freigegeben',
  review_reject: 'nach Prüfung zurückgegeben',
  delete: 'gelöscht',
  restore: 'auf eine frühere Fassung zurückgesetzt',
}

const CONTENT_KINDS = ['news', 'event', 'partner'] as const

function contentLabels(): Record<string, string> {
  const labels: Record<string, string> = {}
  for (const kind of CONTENT_KINDS)
    for (const [step, participle] of Object.entries(CONTENT_STEPS))
      labels[`${kind}.${step}`] = `${AUDIT_SUBJECTS[kind]} ${participle}`
  for (const step of ['create', 'update', 'delete', 'restore'])
    labels[`page.${step}`] = `Seite ${CONTENT_STEPS[step]}`
  for (const step of ['create', 'update', 'delete'])
    labels[`category.${step}`] = `Kategorie ${CONTENT_STEPS[step]}`
  // English versions of any kind of content: the entry's subject column names the item.
  for (const [step, participle] of Object.entries(CONTENT_STEPS))
    labels[`translation.${step}`] = `Englische Fassung ${participle}`
  return labels
}

export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  'login.success': 'Anmeldung',
  'login.failed': 'Anmeldung fehlgeschlagen',
  'login.lockout': 'Anmeldung gesperrt nach zu vielen Fehlversuchen',
  'login.blocked': 'Anmeldeversuch während einer Sperre',
  'authz.denied': 'Zugriff verweigert',
  'user.create': 'Konto angelegt',
  'user.password_set': 'Passwort beim Einrichten gesetzt',
  'user.invite': 'Einladung verschickt',
  'user.invite_renewed': 'Einladung erneuert',
  'user.invitation_accepted': 'Einladung angenommen',
  'user.reset_issued': 'Link zum Zurücksetzen des Passworts ausgestellt',
  'user.reset_requested': 'Zurücksetzen des Passworts angefordert',
  'user.reset_mailed': 'Link zum Zurücksetzen des Passworts verschickt',
  'user.reset_throttled': 'Zurücksetzen des Passworts zu oft angefordert',
  'user.unlock': 'Anmeldesperre aufgehoben (Kommandozeile)',
  'user.password_reset': 'Passwort zurückgesetzt',
  'user.role_change': 'Rolle geändert',
  'user.disable': 'Konto deaktiviert',
  'user.enable': 'Konto wieder aktiviert',
  'user.sessions_ended': 'Alle Sitzungen beendet',
  'partner.profile_submit': 'Profiländerung zur Prüfung eingereicht',
  'partner.profile_approve': 'Profiländerung freigegeben',
  'partner.profile_reject': 'Profiländerung zurückgegeben',
  'partner.profile_en_submit': 'Englischer Profiltext zur Prüfung eingereicht',
  'partner.profile_en_approve': 'Englischer Profiltext freigegeben',
  'partner.profile_en_reject': 'Englischer Profiltext zurückgegeben',
  'partners.import': 'Import von Partnerprofilen',
  'image.upload': 'Bild hochgeladen',
  'image.delete': 'Bild gelöscht',
  'seed.demo_content': 'Demo-Inhalte eingespielt',
  'newsletter.issue_sent': 'Newsletter-Ausgabe verschickt',
  'newsletter.issue_scheduled': 'Newsletter-Ausgabe geplant',
  'newsletter.issue_unscheduled': 'Planung einer Newsletter-Ausgabe aufgehoben',
  'newsletter.test_sent': 'Testversand einer Newsletter-Ausgabe',
  'newsletter.subscribe_throttled': 'Newsletter-Anmeldung zu oft angefordert',
  'newsletter.subscriber_deleted': 'Newsletter-Abonnement endgültig gelöscht',
  'newsletter.subscribers_exported': 'Newsletter-Abonnements exportiert',
  'login.second_step': 'Passwort richtig, zweiter Schritt verlangt',
  'login.second_factor_failed': 'Zweiter Schritt beim Anmelden misslungen',
  'second_factor.totp_added': 'Code-App eingerichtet',
  'second_factor.totp_removed': 'Code-App entfernt',
  'second_factor.passkey_added': 'Passkey hinzugefügt',
  'second_factor.passkey_removed': 'Passkey entfernt',
  'second_factor.recovery_used': 'Wiederherstellungscode verwendet',
  'second_factor.recovery_renewed': 'Neue Wiederherstellungscodes erzeugt',
  'second_factor.reset': 'Zweiter Faktor zurückgesetzt',
  'second_factor.policy_change': 'Pflicht zum zweiten Faktor geändert',
  'preview_link.create': 'Vorschau-Link erzeugt',
  'preview_link.open': 'Vorschau-Link geöffnet',
  'preview_link.revoke': 'Vorschau-Link widerrufen',
  ...contentLabels(),
}

/**
 * A code as a key of the message files (messages/admin/<locale>/audit.json, `actions`): message
 * keys cannot hold dots, which the codes use to group (`login.success` → `login_success`).
 */
export function auditMessageKey(code: string): string {
  return code.replaceAll('.', '_')
}

const ENGLISH_ACTIONS: Record<string, string> = englishMessages.actions
const ENGLISH_SUBJECTS: Record<string, string> = englishMessages.subjects

/** Every code with its label in the interface language (German where English lacks one). */
const ENGLISH_ACTION_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(AUDIT_ACTION_LABELS).map(([code, german]) => [
    code,
    ENGLISH_ACTIONS[auditMessageKey(code)] ?? german,
  ]),
)

export function auditActionLabels(locale: Locale = 'de'): Readonly<Record<string, string>> {
  return locale === 'en' ? ENGLISH_ACTION_LABELS : AUDIT_ACTION_LABELS
}

/** The label of a code; a code without one (an old entry) is shown as it is. */
export function auditActionLabel(code: string, locale: Locale = 'de'): string {
  return auditActionLabels(locale)[code] ?? code
}

export function auditSubjectLabel(entityType: string, locale: Locale = 'de'): string {
  const labels = locale === 'en' ? ENGLISH_SUBJECTS : AUDIT_SUBJECTS
  return labels[entityType] ?? entityType
}

/**
 * The filter takes a label or a code: codes that start with the text (`login`, `user.invite`),
 * and the codes labelled with it — exactly that label when one is picked from the list
 * ("Anmeldung"), otherwise every label containing the text ("fehlgeschlagen"), ignoring case;
 * the labels are those of the user's interface language.
 */
export function auditActionsMatching(
  text: string,
  locale: Locale = 'de',
): { prefix: string; codes: string[] } {
  const needle = text.trim().toLocaleLowerCase(locale)
  const entries = Object.entries(auditActionLabels(locale)).map(
    ([code, label]) => [code, label.toLocaleLowerCase(locale)] as const,
  )
  const exact = entries.filter(([, label]) => label === needle)
  const matching = exact.length > 0 ? exact : entries.filter(([, label]) => label.includes(needle))
  return { prefix: text.trim(), codes: needle ? matching.map(([code]) => code) : [] }
}
