'use client'

import { useTranslations } from 'next-intl'

/** The notices after a redirect with `?gespeichert=<step>`, in admin.common.saved. */
const NOTICES = ['save', 'submit', 'publish', 'schedule', 'withdraw', 'archive', 'restore']

export function SavedNotice({ value }: { value: string | string[] | undefined }) {
  const t = useTranslations('admin.common.saved')
  const key = Array.isArray(value) ? value[0] : value
  const text = key && NOTICES.includes(key) ? t(key) : undefined
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
