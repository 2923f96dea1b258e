'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { createPreviewLinkAction, revokePreviewLinkAction } from '@/app/admin/preview-links/actions'
import { SimpleActionForm } from '@/components/admin/simple-action-form'
import { FormMessage } from '@/components/ui/form'
import { initialActionState } from '@/lib/action-state'
import { formatTimestamp } from '@/lib/dates'
import type { Locale } from '@/lib/i18n/locales'
import type { PreviewLinkKind } from '@/lib/validation/preview-link'

export type PreviewLinkRow = {
  id: number
  createdAt: string
  expiresAt: string
  revokedAt: string | null
  lastOpenedAt: string | null
  createdBy: string | null
  active: boolean
}

/**
 * Beside an item's form: "Vorschau" (the item as its public page will show it, with unsaved
 * changes) and, for news and events, links for people without an account, each valid for a chosen number
 * of days.
 */
export function PreviewPanel({
  href,
  hint,
  links,
}: {
  href: string
  hint?: string
  links?: { kind: PreviewLinkKind; id: number; rows: PreviewLinkRow[] }
}) {
  const t = useTranslations('admin.editor.preview')
  return (
    <section
      aria-labelledby="vorschau-titel"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="vorschau-titel" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <p className="text-sm">
        <a href={href} target="_blank" rel="noopener" className="text-brand-800 underline">
          {t('open')}
        </a>{' '}
        <span className="text-muted">({hint ?? t('hint')})</span>
      </p>
      {links ? <PreviewLinks kind={links.kind} id={links.id} links={links.rows} /> : null}
    </section>
  )
}

function PreviewLinks({
  kind,
  id,
  links,
}: {
  kind: PreviewLinkKind
  id: number
  links: PreviewLinkRow[]
}) {
  const t = useTranslations('admin.editor.preview')
  const locale = useLocale() as Locale
  const time = (value: string) => formatTimestamp(new Date(value), locale)
  const [state, formAction, pending] = useActionState(createPreviewLinkAction, initialActionState)
  const created = state.ok ? state.data?.link : undefined
  const origin = typeof window === 'undefined' ? '' : window.location.origin
  return (
    <>
      <form action={formAction} className="flex flex-col gap-2">
        <FormMessage state={state} />
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={id} />
        <label htmlFor="vorschau-tage" className="text-sm font-medium">
          {t('days')}
        </label>
        <input
          id="vorschau-tage"
          name="days"
          type="number"
          min={1}
          max={30}
          defaultValue={7}
          className="w-24 rounded border border-slate-400 px-2 py-1"
        />
        <button
          type="submit"
          disabled={pending}
          className="self-start rounded border border-brand-800 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50"
        >
          {t('create')}
        </button>
      </form>
      {created ? (
        <p
          role="status"
          className="break-all rounded border border-green-700 bg-green-50 p-3 text-sm"
        >
          {t('created')}{' '}
          <a href={created} className="text-brand-800 underline" data-testid="vorschau-link">
            {origin}
            {created}
          </a>
        </p>
      ) : null}
      {links.length > 0 ? (
        <ul className="flex flex-col gap-2 text-sm">
          {links.map((link) => (
            <li key={link.id} className="flex flex-col gap-1 border-t border-slate-200 pt-2">
              <span>
                {t('linkFrom', { time: time(link.createdAt) })}
                {link.createdBy ? ` (${link.createdBy})` : ''}:{' '}
                {link.revokedAt
                  ? t('revokedAt', { time: time(link.revokedAt) })
                  : link.active
                    ? t('validUntil', { time: time(link.expiresAt) })
                    : t('expired')}
                {link.lastOpenedAt ? t('lastOpened', { time: time(link.lastOpenedAt) }) : ''}
              </span>
              {link.active ? (
                <SimpleActionForm action={revokePreviewLinkAction} hidden={{ linkId: link.id }}>
                  <button
                    type="submit"
                    className="rounded border border-red-700 px-2 py-1 text-red-800"
                  >
                    {t('revoke')}
                  </button>
                </SimpleActionForm>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  )
}
