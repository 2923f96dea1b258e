'use client'

import { useTranslations } from 'next-intl'
import { useWatch } from 'react-hook-form'
import { saveEventAction } from './actions'
import type { AutosaveConfig } from '@/components/admin/autosave'
import { CheckboxField, SelectField, TextArea, TextField } from '@/components/admin/fields'
import { MarkdownEditor } from '@/components/admin/markdown-editor'
import { ServerForm } from '@/components/admin/server-form'
import { SlugField } from '@/components/admin/slug-field'
import { WorkflowButtons } from '@/components/admin/workflow-buttons'
import type { ContentStatus, Role } from '@/lib/domain'
import { eventFormSchema, type EventFormValues } from '@/lib/validation/event'
import { availableIntents } from '@/lib/workflow'

type Option = { id: number; name: string }

export function EventForm({
  role,
  status,
  defaultValues,
  partnerOptions,
  newsOptions,
  publishAt,
  autosave,
}: {
  role: Role
  status: ContentStatus | null
  defaultValues: EventFormValues
  partnerOptions: Option[] | null
  newsOptions: Option[] | null
  publishAt: string
  autosave?: AutosaveConfig
}) {
  const t = useTranslations('admin.events.form')
  return (
    <ServerForm
      schema={eventFormSchema}
      action={saveEventAction}
      defaultValues={defaultValues}
      autosave={autosave}
    >
      {defaultValues.id ? <input type="hidden" name="id" value={String(defaultValues.id)} /> : null}
      <section className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5">
        <TextField name="title" label={t('title')} required maxLength={200} />
        <SlugField prefix="/veranstaltungen/" locked={!!defaultValues.id} />
        <TextArea name="summary" label={t('summary')} rows={2} />
        <Times />
        <MarkdownEditor name="body" label={t('body')} rows={10} />
      </section>
      <section className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5">
        <h2 className="text-lg font-semibold">{t('venue')}</h2>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField name="venueName" label={t('venueName')} />
          <TextField name="venueAddress" label={t('venueAddress')} />
          <TextField name="onlineUrl" label={t('onlineUrl')} type="url" hint={t('onlineUrlHint')} />
          <TextField name="registrationUrl" label={t('registrationUrl')} type="url" />
        </div>
      </section>
      <section className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5">
        <h2 className="text-lg font-semibold">{t('contact')}</h2>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField name="contactName" label={t('contactName')} />
          <TextField name="contactRole" label={t('contactRole')} />
          <TextField name="contactPhone" label={t('contactPhone')} type="tel" />
          <TextField name="contactEmail" label={t('contactEmail')} type="email" />
        </div>
        {partnerOptions ? (
          <SelectField
            name="organizerPartnerId"
            label={t('organizer')}
            options={[
              { value: '', label: t('organizerCluster') },
              ...partnerOptions.map((o) => ({ value: String(o.id), label: o.name })),
            ]}
          />
        ) : null}
        {newsOptions ? (
          <SelectField
            name="reportNewsId"
            label={t('report')}
            hint={t('reportHint')}
            options={[
              { value: '', label: t('noReport') },
              ...newsOptions.map((o) => ({ value: String(o.id), label: o.name })),
            ]}
          />
        ) : null}
      </section>
      <WorkflowButtons
        intents={availableIntents(role, status)}
        status={status}
        publishAt={publishAt}
      />
    </ServerForm>
  )
}

function Times() {
  const t = useTranslations('admin.events.form')
  const allDay = useWatch({ name: 'allDay' }) as boolean | string | undefined
  const isAllDay = allDay === true || allDay === 'true'
  return (
    <div className="grid gap-5 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
      <TextField
        name="start"
        label={isAllDay ? t('startDate') : t('startDateTime')}
        type={isAllDay ? 'date' : 'datetime-local'}
        required
      />
      <TextField
        name="end"
        label={isAllDay ? t('endDate') : t('endDateTime')}
        type={isAllDay ? 'date' : 'datetime-local'}
      />
      <CheckboxField name="allDay" label={t('allDay')} />
    </div>
  )
}
