'use client'

import { useActionState } from 'react'
import {
  secondStepAction,
  secondStepPasskeyAction,
  secondStepPasskeyOptionsAction,
} from '../../second-step-actions'
import { PasskeyButton } from '@/components/auth/passkey-button'
import {
  describedBy,
  Field,
  fieldIds,
  FormMessage,
  inputClass,
  SubmitButton,
} from '@/components/ui/form'
import { initialActionState } from '@/lib/action-state'

export function SecondStepForm({
  callbackUrl,
  totp,
  passkey,
}: {
  callbackUrl: string
  totp: boolean
  passkey: boolean
}) {
  const [state, action, pending] = useActionState(secondStepAction, initialActionState)
  return (
    <div className="mt-4 flex flex-col gap-6">
      <p className="text-muted">
        Ihr Passwort stimmt. Bestätigen Sie die Anmeldung
        {passkey ? ' mit Ihrem Passkey' : ''}
        {passkey && totp ? ' oder' : ''}
        {totp ? ' mit dem Code aus Ihrer App' : ''}. Ein Wiederherstellungscode geht auch.
      </p>
      {passkey ? (
        <PasskeyButton
          label="Mit Passkey bestätigen"
          mode="authenticate"
          options={secondStepPasskeyOptionsAction}
          submit={secondStepPasskeyAction}
          fields={{ callbackUrl }}
        />
      ) : null}
      <form action={action} className="flex flex-col gap-5" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <Field
          name="code"
          label={totp ? 'Code aus der App oder Wiederherstellungscode' : 'Wiederherstellungscode'}
          error={state.fieldErrors.code?.[0]}
        >
          <input
            id={fieldIds('code').id}
            name="code"
            type="text"
            autoComplete="one-time-code"
            autoCapitalize="none"
            spellCheck={false}
            required
            aria-invalid={!!state.fieldErrors.code}
            aria-describedby={describedBy('code', false, !!state.fieldErrors.code)}
            className={inputClass}
          />
        </Field>
        <SubmitButton pending={pending}>Bestätigen</SubmitButton>
      </form>
    </div>
  )
}
