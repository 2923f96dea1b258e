'use client'

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
  return (
    <ServerForm
      schema={eventFormSchema}
      action={saveEventAction}
      defaultValues={defaultValues}
      autosave={autosave}
    >
      {defaultValues.id ? <input type="hidden" name="id" value={String(defaultValues.id)} /> : null}
      <section className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5">
        <TextField name="title" label="Titel" required maxLength={200} />
        <SlugField prefix="/veranstaltungen/" locked={!!defaultValues.id} />
        <TextArea name="summary" label="Kurzbeschreibung" rows={2} />
        <Times />
        <MarkdownEditor name="body" label="Text" rows={10} />
      </section>
      <section className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5">
        <h2 className="text-lg font-semibold">Ort und Anmeldung</h2>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField name="venueName" label="Veranstaltungsort" />
          <TextField name="venueAddress" label="Adresse" />
          <TextField
            name="onlineUrl"
            label="Online-Link"
            type="url"
            hint="Für Online- oder hybride Veranstaltungen."
          />
          <TextField name="registrationUrl" label="Anmeldung (Link)" type="url" />
        </div>
      </section>
      <section className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5">
        <h2 className="text-lg font-semibold">Ansprechpartner</h2>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField name="contactName" label="Name" />
          <TextField name="contactRole" label="Funktion" />
          <TextField name="contactPhone" label="Telefon" type="tel" />
          <TextField name="contactEmail" label="E-Mail" type="email" />
        </div>
        {partnerOptions ? (
          <SelectField
            name="organizerPartnerId"
            label="Veranstalter"
            options={[
              { value: '', label: '– Cluster selbst –' },
              ...partnerOptions.map((o) => ({ value: String(o.id), label: o.name })),
            ]}
          />
        ) : null}
        {newsOptions ? (
          <SelectField
            name="reportNewsId"
            label="Bericht (Meldung)"
            hint="Die Meldung, die über die Veranstaltung berichtet; sie verlinkt zurück."
            options={[
              { value: '', label: '– kein Bericht –' },
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
  const allDay = useWatch({ name: 'allDay' }) as boolean | string | undefined
  const isAllDay = allDay === true || allDay === 'true'
  return (
    <div className="grid gap-5 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
      <TextField
        name="start"
        label={isAllDay ? 'Beginn (Datum)' : 'Beginn (Datum und Uhrzeit, Berlin)'}
        type={isAllDay ? 'date' : 'datetime-local'}
        required
      />
      <TextField
        name="end"
        label={isAllDay ? 'Ende (Datum)' : 'Ende (Datum und Uhrzeit, Berlin)'}
        type={isAllDay ? 'date' : 'datetime-local'}
      />
      <CheckboxField name="allDay" label="Ganztägig" />
    </div>
  )
}
