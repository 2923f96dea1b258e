'use client'

import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'

/** Recovery codes, shown once right after they were made; "Fertig" reloads the page without them. */
export function RecoveryCodesList({ codes }: { codes: string }) {
  const router = useRouter()
  const t = useTranslations('admin.account.secondFactor')
  return (
    <div className="rounded border border-amber-600 bg-amber-50 p-4">
      <h3 className="font-semibold">{t('codesHeading')}</h3>
      <p className="mt-1 text-sm">{t('codesIntro')}</p>
      <ul aria-label={t('codesList')} className="mt-3 grid grid-cols-2 gap-2 font-mono">
        {codes.split(' ').map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => router.refresh()}
        className="mt-4 rounded bg-brand-800 px-4 py-2 font-medium text-white"
      >
        {t('codesDone')}
      </button>
    </div>
  )
}
