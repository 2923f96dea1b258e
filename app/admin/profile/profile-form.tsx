'use client'

import { useTranslations } from 'next-intl'
import { submitProfileAction } from '../partners/actions'
import type { AutosaveConfig } from '@/components/admin/autosave'
import { ProfileFields } from '../partners/partner-form'
import { TextField } from '@/components/admin/fields'
import { LocationFields } from '@/components/admin/location-fields'
import { ServerForm } from '@/components/admin/server-form'
import { profileFormSchema, type ProfileFormValues } from '@/lib/validation/partner'

export function ProfileForm({
  defaultValues,
  autosave,
}: {
  defaultValues: ProfileFormValues
  autosave?: AutosaveConfig
}) {
  const t = useTranslations('admin.profile')
  return (
    <ServerForm
      schema={profileFormSchema}
      action={submitProfileAction}
      defaultValues={defaultValues}
      autosave={autosave}
    >
      <section className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5">
        <TextField name="website" label={t('website')} type="url" />
      </section>
      <LocationFields />
      <ProfileFields />
      <div className="rounded-lg border border-slate-300 bg-white p-4">
        <button
          type="submit"
          className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
        >
          {t('submit')}
        </button>
        <p className="mt-2 text-sm text-muted">{t('submitHint')}</p>
      </div>
    </ServerForm>
  )
}
