'use client'

import { startAuthentication, startRegistration } from '@simplewebauthn/browser'
import { useState, useTransition } from 'react'
import { FormMessage } from '@/components/ui/form'
import type { ActionState } from '@/lib/action-state'

/*
 * One button for a WebAuthn ceremony: ask the server for options (with a fresh, stored
 * challenge), let the browser talk to the authenticator, send the answer back as a form field.
 * The server checks everything; this only carries the messages.
 */

type Submit = (previous: ActionState, formData: FormData) => Promise<ActionState>

export function PasskeyButton({
  label,
  mode,
  options,
  submit,
  fields = {},
  className = 'rounded border border-brand-800 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50',
}: {
  label: string
  mode: 'register' | 'authenticate'
  options: () => Promise<string | null>
  submit: Submit
  fields?: Record<string, string>
  className?: string
}) {
  const [state, setState] = useState<ActionState>({ ok: false, message: null, fieldErrors: {} })
  const [pending, startTransition] = useTransition()

  function run() {
    startTransition(async () => {
      setState({ ok: false, message: null, fieldErrors: {} })
      const json = await options()
      if (!json) {
        setState({
          ok: false,
          message: 'Gerade ist kein Passkey möglich. Bitte laden Sie die Seite neu.',
          fieldErrors: {},
        })
        return
      }
      let response: unknown
      try {
        response =
          mode === 'register'
            ? await startRegistration({ optionsJSON: JSON.parse(json) })
            : await startAuthentication({ optionsJSON: JSON.parse(json) })
      } catch {
        setState({
          ok: false,
          message: 'Der Passkey wurde nicht verwendet (abgebrochen oder nicht verfügbar).',
          fieldErrors: {},
        })
        return
      }
      const formData = new FormData()
      formData.set('response', JSON.stringify(response))
      for (const [key, value] of Object.entries(fields)) formData.set(key, value)
      setState(await submit(state, formData))
    })
  }

  return (
    <div className="flex flex-col gap-3">
      <FormMessage state={state} />
      <button type="button" onClick={run} disabled={pending} className={className}>
        {pending ? 'Bitte warten …' : label}
      </button>
    </div>
  )
}
