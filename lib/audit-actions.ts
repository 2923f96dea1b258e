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
  'partners.import': 'Import von Partnerprofilen',
  'image.upload': 'Bild hochgeladen',
  'image.delete': 'Bild gelöscht',
  'seed.demo_content': 'Demo-Inhalte eingespielt',
  'preview_link.create': 'Vorschau-Link erzeugt',
  'preview_link.open': 'Vorschau-Link geöffnet',
  'preview_link.revoke': 'Vorschau-Link widerrufen',
  ...contentLabels(),
}

/** The German label of a code; a code without one (an old entry) is shown as it is. */
export function auditActionLabel(code: string): string {
  return AUDIT_ACTION_LABELS[code] ?? code
}

export function auditSubjectLabel(entityType: string): string {
  return AUDIT_SUBJECTS[entityType] ?? entityType
}

/**
 * The filter takes a label or a code: codes that start with the text (`login`, `user.invite`),
 * and the codes labelled with it — exactly that label when one is picked from the list
 * ("Anmeldung"), otherwise every label containing the text ("fehlgeschlagen"), ignoring case.
 */
export function auditActionsMatching(text: string): { prefix: string; codes: string[] } {
  const needle = text.trim().toLocaleLowerCase('de')
  const entries = Object.entries(AUDIT_ACTION_LABELS).map(
    ([code, label]) => [code, label.toLocaleLowerCase('de')] as const,
  )
  const exact = entries.filter(([, label]) => label === needle)
  const matching = exact.length > 0 ? exact : entries.filter(([, label]) => label.includes(needle))
  return { prefix: text.trim(), codes: needle ? matching.map(([code]) => code) : [] }
}
