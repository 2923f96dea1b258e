'use client'

import { useActionState } from 'react'
import { setPasswordAction } from '../actions'
import {
  describedBy,
  Field,
  fieldIds,
  FormMessage,
  inputClass,
  SubmitButton,
} from '@/components/ui/form'
import { initialActionState } from '@/lib/action-state'

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = useActionState(setPasswordAction, initialActionState)
  const passwordError = state.fieldErrors.password?.[0]
  const confirmError = state.fieldErrors.confirm?.[0]
  return (
    <form action={action} className="mt-6 flex flex-col gap-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers store the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field name="password" label="Neues Passwort" error={passwordError}>
        <input
          id={fieldIds('password').id}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          maxLength={128}
          aria-invalid={!!passwordError}
          aria-describedby={describedBy('password', false, !!passwordError)}
          className={inputClass}
        />
      </Field>
      <Field name="confirm" label="Passwort wiederholen" error={confirmError}>
        <input
          id={fieldIds('confirm').id}
          name="confirm"
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={!!confirmError}
          aria-describedby={describedBy('confirm', false, !!confirmError)}
          className={inputClass}
        />
      </Field>
      <SubmitButton pending={pending}>Passwort speichern</SubmitButton>
    </form>
  )
}
