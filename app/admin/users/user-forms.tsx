'use client'

import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { inviteUserAction } from './actions'
import { describedBy, Field, fieldIds, FormMessage, inputClass } from '@/components/ui/form'
import { initialActionState, type ActionState } from '@/lib/action-state'
import { ROLES } from '@/lib/domain'

type Option = { id: number; name: string }

/** Shows a one-time link returned by an action (invitation or reset without SMTP). */
export function LinkResult({ state }: { state: ActionState }) {
  if (!state.data?.link) return null
  return (
    <p className="break-all rounded border border-slate-300 bg-slate-50 p-3 font-mono text-sm">
      <a href={state.data.link} className="text-brand-800 underline">
        {state.data.link}
      </a>
    </p>
  )
}

export function RoleSelect({
  defaultValue,
  error,
  partners,
  defaultPartner,
}: {
  defaultValue: string
  error?: string
  partners: Option[]
  defaultPartner?: string
  partnerError?: string
}) {
  const t = useTranslations('admin.users')
  return (
    <>
      <Field name="role" label={t('invite.role')} error={error} required>
        <select
          id={fieldIds('role').id}
          name="role"
          defaultValue={defaultValue}
          aria-invalid={!!error}
          aria-describedby={describedBy('role', false, !!error)}
          className={inputClass}
        >
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`roles.${value}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field name="partnerId" label={t('invite.organisation')} hint={t('invite.organisationHint')}>
        <select
          id={fieldIds('partnerId').id}
          name="partnerId"
          defaultValue={defaultPartner ?? ''}
          aria-describedby={describedBy('partnerId', true, false)}
          className={inputClass}
        >
          <option value="">{t('invite.none')}</option>
          {partners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
    </>
  )
}

export function InviteForm({ partners }: { partners: Option[] }) {
  const t = useTranslations('admin.users.invite')
  const [state, action, pending] = useActionState(inviteUserAction, initialActionState)
  const v = (key: string) =>
    typeof state.values?.[key] === 'string' ? (state.values[key] as string) : ''
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <LinkResult state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="name" label={t('name')} error={state.fieldErrors.name?.[0]} required>
          <input
            id={fieldIds('name').id}
            name="name"
            defaultValue={v('name')}
            key={`n${v('name')}`}
            aria-invalid={!!state.fieldErrors.name}
            aria-describedby={describedBy('name', false, !!state.fieldErrors.name)}
            className={inputClass}
          />
        </Field>
        <Field name="email" label={t('email')} error={state.fieldErrors.email?.[0]} required>
          <input
            id={fieldIds('email').id}
            name="email"
            type="email"
            defaultValue={v('email')}
            key={`e${v('email')}`}
            aria-invalid={!!state.fieldErrors.email}
            aria-describedby={describedBy('email', false, !!state.fieldErrors.email)}
            className={inputClass}
          />
        </Field>
        <RoleSelect
          defaultValue={v('role') || 'partner'}
          error={state.fieldErrors.role?.[0] ?? state.fieldErrors.partnerId?.[0]}
          partners={partners}
          defaultPartner={v('partnerId')}
        />
      </div>
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          {t('submit')}
        </button>
      </div>
    </form>
  )
}
