'use client'

import { useActionState } from 'react'
import { setSecondFactorPolicyAction } from './second-factor-actions'
import { FormMessage, SubmitButton } from '@/components/ui/form'
import { initialActionState } from '@/lib/action-state'

const CHOICES = [
  { role: 'admin', label: 'Verwaltung' },
  { role: 'editor', label: 'Redaktion' },
  { role: 'partner', label: 'Partner' },
] as const

export function SecondFactorPolicyForm({ current }: { current: string[] }) {
  const [state, action, pending] = useActionState(setSecondFactorPolicyAction, initialActionState)
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <fieldset className="flex flex-wrap gap-4">
        <legend className="mb-2 font-medium">Zweiter Faktor ist Pflicht für</legend>
        {CHOICES.map((choice) => (
          <label key={choice.role} className="flex items-center gap-2">
            <input
              type="checkbox"
              name="roles"
              value={choice.role}
              defaultChecked={current.includes(choice.role)}
            />
            {choice.label}
          </label>
        ))}
      </fieldset>
      <SubmitButton pending={pending}>Regel speichern</SubmitButton>
    </form>
  )
}
