'use client'

import { useActionState } from 'react'
import { requestResetAction } from '../actions'
import {
  describedBy,
  Field,
  fieldIds,
  FormMessage,
  inputClass,
  SubmitButton,
} from '@/components/ui/form'
import { initialActionState } from '@/lib/action-state'

export function ResetRequestForm() {
  const [state, action, pending] = useActionState(requestResetAction, initialActionState)
  const error = state.fieldErrors.email?.[0]
  return (
    <form action={action} className="mt-6 flex flex-col gap-5" noValidate>
      <FormMessage state={state} />
      <Field name="email" label="E-Mail" error={error}>
        <input
          id={fieldIds('email').id}
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={typeof state.values?.email === 'string' ? state.values.email : ''}
          aria-invalid={!!error}
          aria-describedby={describedBy('email', false, !!error)}
          className={inputClass}
        />
      </Field>
      <SubmitButton pending={pending}>Link anfordern</SubmitButton>
    </form>
  )
}
