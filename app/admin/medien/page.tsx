import type { Metadata } from 'next'
import Link from 'next/link'
import { deleteImageAction } from './actions'
import { SimpleActionForm } from '@/components/admin/simple-action-form'
import { DataTable } from '@/components/ui/data-table'
import { listMedia } from '@/db/admin/media'
import { requirePageRole } from '@/db/auth/guard'
import { formatTimestamp } from '@/lib/dates'

export const metadata: Metadata = { title: 'Medien' }

const KIND_LABELS = { photo: 'Foto', logo: 'Logo' } as const

function size(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`
    : `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('de-DE')} KB`
}

export default async function MediaPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  await requirePageRole('editor', 'admin')
  const media = await listMedia()
  const deleted = (await searchParams).geloescht
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold text-brand-900">Medien</h1>
      <p className="text-muted">
        Alle hochgeladenen Bilder. Ein Bild, das eine Meldung, ein Partnerlogo oder ein
        Profilvorschlag verwendet, kann nicht gelöscht werden. In Meldungen lässt sich ein
        vorhandenes Foto wiederverwenden („Bild aus der Mediathek wählen“).
      </p>
      {deleted ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 px-4 py-3">
          Das Bild wurde gelöscht.
        </p>
      ) : null}
      <DataTable
        label="Bilder"
        columns={['Bild', 'Alternativtext und Nachweis', 'Größe', 'Verwendet in', 'Aktion']}
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
              <p>{image.alt || <span className="text-red-800">Kein Alternativtext</span>}</p>
              {image.credit ? <p className="text-muted">Bildnachweis: {image.credit}</p> : null}
              <p className="text-xs text-muted">
                {KIND_LABELS[image.kind]} · hochgeladen {formatTimestamp(image.createdAt)}
                {image.uploadedBy ? ` von ${image.uploadedBy}` : ''}
              </p>
            </td>
            <td className="px-3 py-2 whitespace-nowrap">
              {image.width} × {image.height} px
              <br />
              {size(image.byteSize)}
            </td>
            <td className="px-3 py-2">
              {image.usedBy.length === 0 ? (
                <span className="text-muted">Nicht verwendet</span>
              ) : (
                <ul>
                  {image.usedBy.map((usage) => (
                    <li key={`${usage.kind}-${usage.id}`}>
                      <Link
                        href={`/admin/${usage.kind === 'news' ? 'news' : 'partners'}/${usage.id}`}
                        className="text-brand-800 underline"
                      >
                        {usage.kind === 'news' ? 'Meldung' : 'Partner'}: {usage.title}
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
                  aria-label={`Bild löschen: ${image.alt || image.id}`}
                  className="rounded border border-red-700 px-2 py-1 text-red-800"
                >
                  Löschen
                </button>
              </SimpleActionForm>
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  )
}
