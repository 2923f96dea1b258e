'use client'

import { useActionState, type ReactNode } from 'react'
import { FormMessage } from '@/components/ui/form'
import { initialActionState, type ActionState } from '@/lib/action-state'

/** A small form for one step (withdraw, archive, delete, restore…): hidden fields and buttons. */
export function SimpleActionForm({
  action,
  hidden,
  children,
  className = 'flex flex-wrap items-center gap-3',
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>
  hidden: Record<string, string | number>
  children: ReactNode
  className?: string
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState)
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <fieldset disabled={pending} className={className}>
        {children}
      </fieldset>
    </form>
  )
}
