'use client'

import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { resetSecondFactorAction } from '../second-factor-actions'
import { FormMessage } from '@/components/ui/form'
import { initialActionState } from '@/lib/action-state'

export function ResetSecondFactorForm({ userId }: { userId: number }) {
  const t = useTranslations('admin.users.account')
  const [state, action, pending] = useActionState(resetSecondFactorAction, initialActionState)
  return (
    <form action={action} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={userId} />
      <button
        type="submit"
        disabled={pending}
        className="self-start rounded border border-red-700 px-3 py-1 text-red-800 hover:bg-red-50"
      >
        {t('resetSecondFactor')}
      </button>
    </form>
  )
}
