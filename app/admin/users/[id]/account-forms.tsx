'use client'

import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import {
  changeRoleAction,
  endSessionsAction,
  passwordLinkAction,
  setUserStateAction,
} from '../actions'
import { LinkResult, RoleSelect } from '../user-forms'
import { FormMessage } from '@/components/ui/form'
import { initialActionState } from '@/lib/action-state'

type Account = { id: number; role: string; state: string; partnerId: number | null }

export function RoleForm({
  account,
  partners,
}: {
  account: Account
  partners: { id: number; name: string }[]
}) {
  const t = useTranslations('admin.users.account')
  const [state, action, pending] = useActionState(changeRoleAction, initialActionState)
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={account.id} />
      <RoleSelect
        defaultValue={account.role}
        error={state.fieldErrors.role?.[0] ?? state.fieldErrors.partnerId?.[0]}
        partners={partners}
        defaultPartner={account.partnerId ? String(account.partnerId) : ''}
      />
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          {t('saveRole')}
        </button>
      </div>
    </form>
  )
}

export function AccountButtons({ account }: { account: Account }) {
  const t = useTranslations('admin.users.account')
  const [stateResult, stateAction, statePending] = useActionState(
    setUserStateAction,
    initialActionState,
  )
  const [linkResult, linkAction, linkPending] = useActionState(
    passwordLinkAction,
    initialActionState,
  )
  const [sessionResult, sessionAction, sessionPending] = useActionState(
    endSessionsAction,
    initialActionState,
  )
  const button = 'rounded border px-4 py-2 font-medium'
  return (
    <div className="flex flex-col gap-4">
      <form action={stateAction} className="flex flex-col gap-2">
        <FormMessage state={stateResult} />
        <input type="hidden" name="id" value={account.id} />
        {account.state === 'disabled' ? (
          <button
            type="submit"
            name="state"
            value="active"
            disabled={statePending}
            className={`${button} border-brand-800 text-brand-800`}
          >
            {t('enable')}
          </button>
        ) : (
          <button
            type="submit"
            name="state"
            value="disabled"
            disabled={statePending}
            className={`${button} border-red-700 text-red-800`}
          >
            {t('disable')}
          </button>
        )}
      </form>
      <form action={linkAction} className="flex flex-col gap-2">
        <FormMessage state={linkResult} />
        <LinkResult state={linkResult} />
        <input type="hidden" name="id" value={account.id} />
        <button
          type="submit"
          disabled={linkPending}
          className={`${button} border-brand-800 text-brand-800`}
        >
          {account.state === 'invited' ? t('renewInvitation') : t('resetPassword')}
        </button>
      </form>
      <form action={sessionAction} className="flex flex-col gap-2">
        <FormMessage state={sessionResult} />
        <input type="hidden" name="id" value={account.id} />
        <button
          type="submit"
          disabled={sessionPending}
          className={`${button} border-slate-500 text-ink`}
        >
          {t('endSessions')}
        </button>
      </form>
    </div>
  )
}
