'use client'

import { useState } from 'react'
import { useLocale, useTranslations } from 'next-intl'
import { translateError } from '@/lib/i18n/admin-errors'
import type { Locale } from '@/lib/i18n/locales'

type Outcome = { file: string; status: string; slug?: string; reason?: string; warnings: string[] }
type Report = { summary: Record<string, number>; outcomes: Outcome[] }

/**
 * Choose profile files (with their logos) or one ZIP; a dry run shows what would happen, then
 * the same files are imported for real.
 */
export function ImportPanel() {
  const t = useTranslations('admin.transfer.panel')
  // The route and the import speak German; their messages are shown in the user's language.
  const locale = useLocale() as Locale
  const say = (message: string) => translateError(message, locale)
  const [files, setFiles] = useState<File[]>([])
  const [report, setReport] = useState<{ mode: 'dryrun' | 'run'; data: Report } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function send(mode: 'dryrun' | 'run') {
    setBusy(true)
    setError(null)
    const body = new FormData()
    for (const file of files)
      body.append(
        'files',
        file,
        (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name,
      )
    body.set('mode', mode)
    try {
      const response = await fetch('/admin/import/upload', { method: 'POST', body })
      const data = (await response.json().catch(() => ({}))) as Report & { error?: string }
      if (!response.ok) setError(data.error ? say(data.error) : t('failed'))
      else setReport({ mode, data })
    } catch {
      setError(t('failedRetry'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <label htmlFor="import-dateien" className="font-medium">
          {t('files')}
        </label>
        <input
          id="import-dateien"
          type="file"
          multiple
          accept=".md,.markdown,.txt,.zip,.png,.jpg,.jpeg,.webp,.gif"
          onChange={(event) => {
            setFiles(Array.from(event.target.files ?? []))
            setReport(null)
          }}
        />
        <p className="text-sm text-muted">{t('filesHint')}</p>
      </div>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          disabled={busy || files.length === 0}
          onClick={() => void send('dryrun')}
          className="rounded border border-brand-800 px-4 py-2 font-medium text-brand-800 disabled:opacity-50"
        >
          {t('dryRun')}
        </button>
        <button
          type="button"
          disabled={busy || report?.mode !== 'dryrun'}
          onClick={() => void send('run')}
          className="rounded bg-brand-800 px-4 py-2 font-medium text-white disabled:opacity-50"
        >
          {t('run')}
        </button>
      </div>
      {error ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 px-4 py-3 text-red-900">
          {error}
        </p>
      ) : null}
      {report ? (
        <section
          aria-label={t('result')}
          className="rounded-lg border border-slate-200 bg-white p-4"
        >
          <p role="status" className="font-semibold">
            {t(report.mode === 'dryrun' ? 'dryRunSummary' : 'runSummary', {
              counts: t('counts', {
                created: String(report.data.summary.created),
                updated: String(report.data.summary.updated),
                unchanged: String(report.data.summary.unchanged),
                failed: String(report.data.summary.failed),
              }),
            })}
          </p>
          <ul className="mt-3 flex max-h-96 flex-col gap-1 overflow-y-auto font-mono text-xs">
            {report.data.outcomes.map((outcome) => (
              <li key={outcome.file} className={outcome.status === 'failed' ? 'text-red-800' : ''}>
                {outcome.status.padEnd(9)} {outcome.slug ?? ''} ({outcome.file})
                {outcome.reason ? `: ${say(outcome.reason)}` : ''}
                {outcome.warnings.map((w) => (
                  <span key={w} className="block pl-8 text-amber-800">
                    {t('warning', { warning: say(w) })}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
