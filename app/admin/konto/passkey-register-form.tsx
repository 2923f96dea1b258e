'use client'

import { startRegistration } from '@simplewebauthn/browser'
import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'
import { useTranslations } from 'next-intl'
import { passkeyOptionsAction, registerPasskeyAction } from './actions'
import { RecoveryCodesList } from './recovery-codes-list'
import { Field, fieldIds, FormMessage, inputClass } from '@/components/ui/form'
import { initialActionState, type ActionState } from '@/lib/action-state'

/** Names a new passkey, lets the browser create it and sends its answer to the server. */
export function PasskeyRegisterForm() {
  const router = useRouter()
  const t = useTranslations('admin.account.secondFactor')
  const [name, setName] = useState('')
  const [state, setState] = useState<ActionState>(initialActionState)
  const [pending, startTransition] = useTransition()

  function register() {
    startTransition(async () => {
      const options = await passkeyOptionsAction(initialActionState, new FormData())
      if (!options.ok || !options.data?.options) {
        setState(options)
        return
      }
      let response
      try {
        response = await startRegistration({ optionsJSON: JSON.parse(options.data.options) })
      } catch {
        setState({
          ok: false,
          message: t('passkeyCancelled'),
          fieldErrors: {},
        })
        return
      }
      const formData = new FormData()
      formData.set('name', name)
      formData.set('response', JSON.stringify(response))
      const result = await registerPasskeyAction(initialActionState, formData)
      setState(result)
      if (result.ok && !result.data?.recoveryCodes) router.refresh()
    })
  }

  if (state.ok && state.data?.recoveryCodes)
    return (
      <div className="flex flex-col gap-3">
        <FormMessage state={state} />
        <RecoveryCodesList codes={state.data.recoveryCodes} />
      </div>
    )
  return (
    <div className="flex flex-col gap-4">
      <FormMessage state={state} />
      <Field name="passkeyName" label={t('passkeyName')} error={state.fieldErrors.name?.[0]}>
        <input
          id={fieldIds('passkeyName').id}
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={60}
          placeholder={t('passkeyNamePlaceholder')}
          className={inputClass}
        />
      </Field>
      <button
        type="button"
        onClick={register}
        disabled={pending || name.trim() === ''}
        className="self-start rounded bg-brand-800 px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {pending ? t('pleaseWait') : t('passkeyAdd')}
      </button>
    </div>
  )
}
