import { requirePageRole } from '@/db/auth/guard'
import type { Metadata } from 'next'
import { ImportPanel } from './import-panel'
import { requireRole } from '@/db/auth/guard'
import { getAdminTranslations } from '@/lib/i18n/admin'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('transfer')
  return { title: t('title') }
}

export default async function ImportPage() {
  await requirePageRole('admin')
  await requireRole('admin')
  const t = await getAdminTranslations('transfer')
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
      <section
        aria-labelledby="import-titel"
        className="rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="import-titel" className="text-lg font-semibold">
          {t('importHeading')}
        </h2>
        <p className="mt-1 text-sm text-muted">{t('importIntro')}</p>
        <div className="mt-4">
          <ImportPanel />
        </div>
      </section>
      <section
        aria-labelledby="export-titel"
        className="rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="export-titel" className="text-lg font-semibold">
          {t('exportHeading')}
        </h2>
        <ul className="mt-3 flex flex-col gap-2">
          <li>
            <a href="/admin/export/partner.zip" className="font-medium text-brand-800 underline">
              {t('exportZip')}
            </a>{' '}
            {t('exportZipNote')}
          </li>
          <li>
            <a href="/admin/export/partner.csv" className="font-medium text-brand-800 underline">
              {t('exportCsv')}
            </a>
          </li>
          <li>
            <a href="/admin/export/partner.json" className="font-medium text-brand-800 underline">
              {t('exportJson')}
            </a>
          </li>
        </ul>
      </section>
    </div>
  )
}
