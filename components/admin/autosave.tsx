'use client'

import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
  type Ref,
  type RefObject,
} from 'react'
import { flushSync } from 'react-dom'
import { useLocale, useTranslations } from 'next-intl'
import { useFormContext, type FieldValues } from 'react-hook-form'
import { autosaveAction } from '@/app/admin/autosave/actions'
import { initialActionState } from '@/lib/action-state'
import { formatTimestamp } from '@/lib/dates'
import { translateError } from '@/lib/i18n/admin-errors'
import type { Locale } from '@/lib/i18n/locales'
import {
  clearLocalCopy,
  formFields,
  readLocalCopy,
  valuesFromFields,
  writeLocalCopy,
  type FormFields,
} from './autosave-storage'
import type { AutosaveKind } from '@/lib/validation/autosave'
import { AutosaveOffer } from './autosave-offer'
import { useLeaveGuard } from './leave-guard'

/*
 * Nothing typed is lost: a few seconds after typing stops, and when the tab is hidden, the form
 * is sent to the server as an autosave (db/admin/autosave.ts); every change is also kept in this
 * browser (localStorage, per person and item), so text typed after a session ended survives too.
 * Leaving the page with unsaved changes asks first. The form itself stays as it is: this sits
 * inside it and reads its fields.
 */

export type AutosaveConfig = {
  kind: AutosaveKind
  id: number | null
  userId: number
  /** The saved version the form was opened on; a local copy made on another one is dropped. */
  version: string
  offer: { savedAt: string; fields: FormFields } | null
  /** Where a new item lives once its first autosave made it a draft, e.g. "/admin/news/". */
  editPath?: string
}

const DELAY_MS = 3000

/** What the server answers once the session has ended (German; translated for English users). */
const SIGN_IN = 'Bitte melden Sie sich an.'

type Anchor = RefObject<HTMLSpanElement | null>

function formOf(anchor: Anchor): HTMLFormElement | null {
  return anchor.current?.closest('form') ?? null
}

/** While the form is being saved its fields are disabled and would read as empty: no copy then. */
function fieldsJson(anchor: Anchor): string {
  const form = formOf(anchor)
  return form && !form.querySelector('fieldset:disabled') ? JSON.stringify(formFields(form)) : ''
}

/** Lets the form wait for an autosave under way, so a new item is not created twice. */
export type AutosaveHandle = { settle: () => Promise<void> }

export function Autosave({
  config,
  handle,
}: {
  config: AutosaveConfig
  handle?: Ref<AutosaveHandle>
}) {
  const t = useTranslations('admin.editor.autosave')
  const locale = useLocale() as Locale
  const anchor = useRef<HTMLSpanElement>(null)
  const form = useFormContext<FieldValues>()
  const [createdId, setCreatedId] = useState<number | null>(null)
  const [status, setStatus] = useState<{ text: string; expired?: boolean } | null>(null)
  const [offer, setOffer] = useState<{ savedAt: string; fields: FormFields } | null>(null)
  const state = useRef({
    id: config.id,
    version: config.version,
    baseline: '',
    lastSent: '',
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
    sending: null as Promise<void> | null,
    again: false,
    leaving: false,
    /** The saved version changed while the fields were disabled: take them as saved once readable. */
    rebase: false,
    /** After "Speichern" until the next keystroke: the form's own save is under way. */
    paused: false,
  })

  const isDirty = useCallback(() => {
    const json = fieldsJson(anchor)
    if (json && state.current.rebase) {
      state.current.baseline = json
      state.current.rebase = false
    }
    return json !== '' && json !== state.current.baseline
  }, [])

  const send = useCallback(async () => {
    const s = state.current
    const json = fieldsJson(anchor)
    if (!json || s.paused || json === s.lastSent || (json === s.baseline && !s.lastSent)) return
    if (s.sending) {
      s.again = true
      return
    }
    let done = () => {}
    s.sending = new Promise<void>((resolve) => (done = resolve))
    const data = new FormData()
    data.set('kind', config.kind)
    data.set('id', s.id ? String(s.id) : '')
    data.set('fields', json)
    try {
      const result = await autosaveAction(initialActionState, data)
      if (result.ok && result.data) {
        s.lastSent = json
        s.version = result.data.version ?? s.version
        const id = Number(result.data.id)
        if (!s.id && id > 0 && config.editPath) {
          // The first autosave of a new item made it a draft: from now on the form edits that.
          clearLocalCopy(config.userId, config.kind, null)
          s.id = id
          // At once in the page, so a save pressed meanwhile sends the new item's id.
          flushSync(() => setCreatedId(id))
          if (config.editPath) window.history.replaceState(null, '', `${config.editPath}${id}`)
        }
        const el = formOf(anchor)
        if (el) writeLocalCopy(config.userId, config.kind, s.id, s.version, formFields(el))
        setStatus({
          text: t('saved', {
            time: formatTimestamp(new Date(result.data.savedAt ?? Date.now()), locale),
          }),
        })
      } else if (
        result.message === SIGN_IN ||
        (result.message && result.message === translateError(SIGN_IN, locale))
      ) {
        setStatus({ text: t('expired'), expired: true })
      } else {
        setStatus({ text: t('failed', { message: result.message ?? '' }) })
      }
    } catch {
      // Not sent again until something changes; the local copy keeps the text meanwhile.
      s.lastSent = json
      setStatus({ text: t('offline') })
    } finally {
      s.sending = null
      done()
      if (s.again) {
        s.again = false
        void send()
      }
    }
  }, [config.kind, config.userId, config.editPath, t, locale])

  useImperativeHandle(handle, () => ({
    settle: async () => {
      await state.current.sending
    },
  }))

  const changed = useCallback(() => {
    const s = state.current
    const el = formOf(anchor)
    if (!el || el.querySelector('fieldset:disabled')) return
    if (s.rebase) isDirty()
    const fields = formFields(el)
    if (JSON.stringify(fields) === s.baseline) clearLocalCopy(config.userId, config.kind, s.id)
    else writeLocalCopy(config.userId, config.kind, s.id, s.version, fields)
    clearTimeout(s.timer)
    s.timer = setTimeout(() => void send(), DELAY_MS)
  }, [config.kind, config.userId, send, isDirty])

  // On opening: what the form shows is the saved version; offer a newer autosave if there is one.
  useEffect(() => {
    const s = state.current
    const el = formOf(anchor)
    if (!el) return
    s.baseline = JSON.stringify(formFields(el))
    const local = readLocalCopy(config.userId, config.kind, s.id)
    if (local && local.version !== config.version) {
      clearLocalCopy(config.userId, config.kind, s.id)
    }
    const candidates = [
      config.offer,
      local && local.version === config.version ? local : null,
    ].filter(
      (c): c is { savedAt: string; fields: FormFields } =>
        !!c && JSON.stringify(c.fields) !== s.baseline,
    )
    candidates.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
    setOffer(candidates[0] ?? null)
  }, [config.userId, config.kind, config.version, config.offer])

  // A save (the page comes back with the new version): that is the new baseline.
  useEffect(() => {
    const s = state.current
    if (s.version === config.version) return
    s.version = config.version
    const json = fieldsJson(anchor)
    if (json) s.baseline = json
    s.rebase = !json
    s.lastSent = ''
    clearLocalCopy(config.userId, config.kind, s.id)
  }, [config.version, config.userId, config.kind])

  useEffect(() => {
    const el = formOf(anchor)
    if (!el) return
    const s = state.current
    const subscription = form.watch(() => changed())
    const onSubmit = () => {
      // The form's own save takes over; a refused save changes nothing of the local copy.
      clearTimeout(s.timer)
      s.lastSent = fieldsJson(anchor)
      s.paused = true
    }
    const onInput = () => {
      s.paused = false
      changed()
    }
    const onHidden = () => {
      if (document.visibilityState !== 'hidden') return
      clearTimeout(s.timer)
      void send()
    }
    el.addEventListener('input', onInput)
    el.addEventListener('submit', onSubmit)
    document.addEventListener('visibilitychange', onHidden)
    return () => {
      subscription.unsubscribe()
      el.removeEventListener('input', onInput)
      el.removeEventListener('submit', onSubmit)
      document.removeEventListener('visibilitychange', onHidden)
      clearTimeout(s.timer)
    }
  }, [form, changed, send])

  useLeaveGuard(state, isDirty, t('leave'))

  function restore() {
    const el = formOf(anchor)
    if (!offer || !el) return
    const values = valuesFromFields(offer.fields, form.getValues())
    for (const [name, value] of Object.entries(values.known))
      form.setValue(name, value, { shouldDirty: true })
    for (const [name, value] of values.other) {
      const input = el.elements.namedItem(name)
      if (input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)
        input.value = value
    }
    setOffer(null)
    changed()
  }

  return (
    <>
      <span ref={anchor} hidden />
      {createdId && !config.id ? <input type="hidden" name="id" value={createdId} /> : null}
      {offer ? (
        <AutosaveOffer
          savedAt={offer.savedAt}
          onRestore={restore}
          onDiscard={() => {
            clearLocalCopy(config.userId, config.kind, state.current.id)
            setOffer(null)
          }}
        />
      ) : null}
      {status ? (
        <p role="status" className="text-sm text-muted">
          {status.text}
          {status?.expired ? (
            <>
              {' '}
              <a
                href={`/login?callbackUrl=${encodeURIComponent(window.location.pathname)}`}
                target="_blank"
                rel="noopener"
                className="text-brand-800 underline"
              >
                {t('signIn')}
              </a>
            </>
          ) : null}
        </p>
      ) : null}
    </>
  )
}
