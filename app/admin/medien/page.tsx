import type { Metadata } from 'next'
import Link from 'next/link'
import { deleteImageAction } from './actions'
import { SimpleActionForm } from '@/components/admin/simple-action-form'
import { DataTable } from '@/components/ui/data-table'
import { listMedia } from '@/db/admin/media'
import { requirePageRole } from '@/db/auth/guard'
import { formatTimestamp } from '@/lib/dates'
import { getAdminLocale, getAdminTranslations } from '@/lib/i18n/admin'
import type { Locale } from '@/lib/i18n/locales'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getAdminTranslations('media')
  return { title: t('title') }
}

const INTL: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' }

function size(bytes: number, locale: Locale): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toLocaleString(INTL[locale], { maximumFractionDigits: 1 })} MB`
    : `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(INTL[locale])} KB`
}

export default async function MediaPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  await requirePageRole('editor', 'admin')
  const media = await listMedia()
  const deleted = (await searchParams).geloescht
  const t = await getAdminTranslations('media')
  const locale = await getAdminLocale()
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
      <p className="text-muted">{t('intro')}</p>
      {deleted ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 px-4 py-3">
          {t('deleted')}
        </p>
      ) : null}
      <DataTable
        label={t('table')}
        columns={(['image', 'alt', 'size', 'usedBy', 'action'] as const).map((key) =>
          t(`columns.${key}`),
        )}
      >
        {media.map((image) => (
          <tr key={image.id} className="border-t border-slate-200 align-top">
            <td className="px-3 py-2">
              {/* eslint-disable-next-line @next/next/no-img-element -- the stored, re-encoded image */}
              <img
                src={`/bilder/${image.id}.webp?w=160`}
                alt=""
                width={80}
                className="h-auto w-20 rounded border border-slate-200"
              />
            </td>
            <td className="px-3 py-2">
              <p>{image.alt || <span className="text-red-800">{t('noAlt')}</span>}</p>
              {image.credit ? (
                <p className="text-muted">{t('credit', { credit: image.credit })}</p>
              ) : null}
              <p className="text-xs text-muted">
                {image.uploadedBy
                  ? t('uploadedBy', {
                      kind: image.kind,
                      date: formatTimestamp(image.createdAt, locale),
                      name: image.uploadedBy,
                    })
                  : t('uploaded', {
                      kind: image.kind,
                      date: formatTimestamp(image.createdAt, locale),
                    })}
              </p>
            </td>
            <td className="px-3 py-2 whitespace-nowrap">
              {image.width} × {image.height} px
              <br />
              {size(image.byteSize, locale)}
            </td>
            <td className="px-3 py-2">
              {image.usedBy.length === 0 ? (
                <span className="text-muted">{t('unused')}</span>
              ) : (
                <ul>
                  {image.usedBy.map((usage) => (
                    <li key={`${usage.kind}-${usage.id}`}>
                      <Link
                        href={`/admin/${usage.kind === 'news' ? 'news' : 'partners'}/${usage.id}`}
                        className="text-brand-800 underline"
                      >
                        {t('usage', { kind: usage.kind, title: usage.title })}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td className="px-3 py-2">
              <SimpleActionForm action={deleteImageAction} hidden={{ imageId: image.id }}>
                <button
                  type="submit"
                  aria-label={t('deleteLabel', { name: image.alt || image.id })}
                  className="rounded border border-red-700 px-2 py-1 text-red-800"
                >
                  {t('delete')}
                </button>
              </SimpleActionForm>
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  )
}
