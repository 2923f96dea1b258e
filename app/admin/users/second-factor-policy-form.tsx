'use client'

import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { setSecondFactorPolicyAction } from './second-factor-actions'
import { FormMessage, SubmitButton } from '@/components/ui/form'
import { initialActionState } from '@/lib/action-state'

const CHOICES = ['admin', 'editor', 'partner'] as const

export function SecondFactorPolicyForm({ current }: { current: string[] }) {
  const t = useTranslations('admin.users.policy')
  const [state, action, pending] = useActionState(setSecondFactorPolicyAction, initialActionState)
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <fieldset className="flex flex-wrap gap-4">
        <legend className="mb-2 font-medium">{t('legend')}</legend>
        {CHOICES.map((role) => (
          <label key={role} className="flex items-center gap-2">
            <input
              type="checkbox"
              name="roles"
              value={role}
              defaultChecked={current.includes(role)}
            />
            {t(role)}
          </label>
        ))}
      </fieldset>
      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
    </form>
  )
}
