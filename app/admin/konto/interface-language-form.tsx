'use client'

import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { FormMessage, inputClass, SubmitButton } from '@/components/ui/form'
import { initialActionState, type ActionState } from '@/lib/action-state'
import type { Locale } from '@/lib/i18n/locales'

/** Each language is named in itself, so a user who reads only one of them finds it. */
const LANGUAGE_NAMES: Record<Locale, string> = { de: 'Deutsch', en: 'English' }

export function InterfaceLanguageForm({
  action,
  current,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>
  current: Locale
}) {
  const t = useTranslations('admin.account.language')
  const [state, formAction, pending] = useActionState(action, initialActionState)
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <div className="flex flex-col gap-1">
        <label htmlFor="feld-uiLocale" className="font-medium text-ink">
          {t('label')}
        </label>
        <select
          id="feld-uiLocale"
          name="uiLocale"
          defaultValue={current}
          className={`${inputClass} sm:w-64`}
        >
          {(Object.keys(LANGUAGE_NAMES) as Locale[]).map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LANGUAGE_NAMES[locale]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <SubmitButton pending={pending}>{t('save')}</SubmitButton>
      </div>
    </form>
  )
}
