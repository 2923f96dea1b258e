'use client'

import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { RecoveryCodesList } from './recovery-codes-list'
import { FormMessage } from '@/components/ui/form'
import { initialActionState, type ActionState } from '@/lib/action-state'

export function RenewCodesForm({
  action,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>
}) {
  const t = useTranslations('admin.account.secondFactor')
  const [state, formAction, pending] = useActionState(action, initialActionState)
  if (state.ok && state.data?.recoveryCodes)
    return (
      <div className="flex flex-col gap-3">
        <FormMessage state={state} />
        <RecoveryCodesList codes={state.data.recoveryCodes} />
      </div>
    )
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <button
        type="submit"
        disabled={pending}
        className="self-start rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100"
      >
        {t('recoveryRenew')}
      </button>
    </form>
  )
}
