'use client'

import { saveNewsAction } from './actions'
import type { AutosaveConfig } from '@/components/admin/autosave'
import { TextArea, TextField } from '@/components/admin/fields'
import { ImageField, type LibraryImage } from '@/components/admin/image-field'
import { LinksEditor } from '@/components/admin/links-editor'
import { MarkdownEditor } from '@/components/admin/markdown-editor'
import { PartnerPicker } from '@/components/admin/partner-picker'
import { ServerForm } from '@/components/admin/server-form'
import { SlugField } from '@/components/admin/slug-field'
import { WorkflowButtons } from '@/components/admin/workflow-buttons'
import type { ContentStatus, Role } from '@/lib/domain'
import { newsFormSchema, type NewsFormValues } from '@/lib/validation/news'
import { availableIntents } from '@/lib/workflow'

export function NewsForm({
  role,
  status,
  defaultValues,
  partnerOptions,
  publishAt,
  autosave,
  imageLibrary,
}: {
  role: Role
  status: ContentStatus | null
  defaultValues: NewsFormValues
  partnerOptions: { id: number; name: string }[] | null
  publishAt: string
  autosave?: AutosaveConfig
  imageLibrary?: LibraryImage[]
}) {
  const intents = availableIntents(role, status)
  return (
    <ServerForm
      schema={newsFormSchema}
      action={saveNewsAction}
      defaultValues={defaultValues}
      autosave={autosave}
    >
      {defaultValues.id ? <input type="hidden" name="id" value={String(defaultValues.id)} /> : null}
      <section className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5">
        <TextField name="title" label="Titel" required maxLength={200} />
        <SlugField prefix="/aktuelles/" locked={!!defaultValues.id} />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField name="place" label="Ort" hint="Für die Ortsmarke, z. B. „Paderborn“." />
          <TextField
            name="date"
            label="Datum"
            type="date"
            required
            hint="Datum der Meldung (Ortsmarke)."
          />
        </div>
        <TextArea
          name="lead"
          label="Vorspann"
          rows={3}
          hint="Ein, zwei Sätze, die das Wichtigste sagen."
        />
        <MarkdownEditor name="body" label="Text" />
      </section>
      <ImageField kind="photo" label="Bild" withCredit library={imageLibrary} />
      <section className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5">
        <h2 className="text-lg font-semibold">Kontakt</h2>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField name="contactName" label="Name" />
          <TextField name="contactRole" label="Funktion" />
          <TextField name="contactOrganisation" label="Organisation" />
          <TextField name="contactPhone" label="Telefon" type="tel" />
          <TextField name="contactEmail" label="E-Mail" type="email" />
        </div>
      </section>
      <section className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5">
        <LinksEditor />
        {partnerOptions ? (
          <PartnerPicker label="Beteiligte Partner" options={partnerOptions} />
        ) : null}
        <TextField
          name="tags"
          label="Schlagwörter"
          hint="Durch Kommas getrennt, z. B. „Digitalisierung, Forschung“."
        />
      </section>
      <WorkflowButtons intents={intents} status={status} publishAt={publishAt} />
    </ServerForm>
  )
}
