const NOTICES: Record<string, string> = {
  save: 'Gespeichert.',
  submit: 'Zur Prüfung eingereicht. Die Redaktion wird benachrichtigt.',
  publish: 'Veröffentlicht. Die öffentlichen Seiten zeigen die Änderung sofort.',
  schedule: 'Geplant: geht zum angegebenen Zeitpunkt von selbst online.',
  withdraw: 'Zurückgezogen: ist jetzt ein Entwurf und nicht mehr öffentlich.',
  archive: 'Archiviert: nicht mehr öffentlich.',
  restore: 'Version wiederhergestellt.',
}

export function SavedNotice({ value }: { value: string | string[] | undefined }) {
  const key = Array.isArray(value) ? value[0] : value
  const text = key ? NOTICES[key] : undefined
  if (!text) return null
  return (
    <p
      role="status"
      className="rounded border border-green-700 bg-green-50 px-4 py-3 text-green-900"
    >
      {text}
    </p>
  )
}
