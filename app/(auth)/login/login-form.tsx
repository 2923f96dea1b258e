'use client'

import { useActionState } from 'react'
import { loginAction } from '../actions'
import {
  describedBy,
  Field,
  fieldIds,
  FormMessage,
  inputClass,
  SubmitButton,
} from '@/components/ui/form'
import { initialActionState } from '@/lib/action-state'

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(loginAction, initialActionState)
  const email = typeof state.values?.email === 'string' ? state.values.email : ''
  return (
    <form action={action} className="mt-6 flex flex-col gap-5" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field name="email" label="E-Mail" error={state.fieldErrors.email?.[0]}>
        <input
          id={fieldIds('email').id}
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={email}
          key={email}
          aria-invalid={!!state.fieldErrors.email}
          aria-describedby={describedBy('email', false, !!state.fieldErrors.email)}
          className={inputClass}
        />
      </Field>
      <Field name="password" label="Passwort" error={state.fieldErrors.password?.[0]}>
        <input
          id={fieldIds('password').id}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={!!state.fieldErrors.password}
          aria-describedby={describedBy('password', false, !!state.fieldErrors.password)}
          className={inputClass}
        />
      </Field>
      <SubmitButton pending={pending}>Anmelden</SubmitButton>
    </form>
  )
}
