'use client'

import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { confirmTotpAction } from './actions'
import { RecoveryCodesList } from './recovery-codes-list'
import {
  describedBy,
  Field,
  fieldIds,
  FormMessage,
  inputClass,
  SubmitButton,
} from '@/components/ui/form'
import { initialActionState } from '@/lib/action-state'

export function TotpConfirmForm() {
  const t = useTranslations('admin.account.secondFactor')
  const [state, action, pending] = useActionState(confirmTotpAction, initialActionState)
  if (state.ok && state.data?.recoveryCodes)
    return (
      <div className="flex flex-col gap-3">
        <FormMessage state={state} />
        <RecoveryCodesList codes={state.data.recoveryCodes} />
      </div>
    )
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <Field name="code" label={t('totpCode')} error={state.fieldErrors.code?.[0]}>
        <input
          id={fieldIds('code').id}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          aria-invalid={!!state.fieldErrors.code}
          aria-describedby={describedBy('code', false, !!state.fieldErrors.code)}
          className={inputClass}
        />
      </Field>
      <SubmitButton pending={pending}>{t('totpConfirm')}</SubmitButton>
    </form>
  )
}
