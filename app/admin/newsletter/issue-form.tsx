'use client'

import { useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { saveNewsletterIssueAction } from './actions'
import { Field, fieldIds, FormMessage, inputClass, SubmitButton } from '@/components/ui/form'
import { initialActionState } from '@/lib/action-state'

export type IssueFormItem = {
  ref: string
  type: 'news' | 'event'
  title: string
  meta: string
  chosen: boolean
}

/*
 * Subject, intro (Markdown) and the items: chosen ones are ticked, and the number beside each
 * sets the order in the mail (works without JavaScript).
 */
export function IssueForm({
  issue,
  items,
}: {
  issue: { id: number; subject: string; intro: string } | null
  items: IssueFormItem[]
}) {
  const t = useTranslations('admin.newsletter.form')
  const [state, action, pending] = useActionState(saveNewsletterIssueAction, initialActionState)
  const subjectError = state.fieldErrors.subject?.[0]
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage state={state} />
      {issue ? <input type="hidden" name="id" value={issue.id} /> : null}
      <Field name="subject" label={t('subject')} error={subjectError} required>
        <input
          id={fieldIds('subject').id}
          name="subject"
          required
          maxLength={200}
          defaultValue={
            typeof state.values?.subject === 'string' ? state.values.subject : issue?.subject
          }
          aria-invalid={!!subjectError}
          className={inputClass}
        />
      </Field>
      <Field name="intro" label={t('intro')} hint={t('introHint')}>
        <textarea
          id={fieldIds('intro').id}
          name="intro"
          rows={6}
          defaultValue={typeof state.values?.intro === 'string' ? state.values.intro : issue?.intro}
          className={inputClass}
        />
      </Field>
      <fieldset>
        <legend className="font-medium text-ink">{t('items')}</legend>
        {items.length === 0 ? (
          <p className="text-muted">{t('noItems')}</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-2">
            {items.map((item, index) => (
              <li key={item.ref} className="flex items-center gap-3">
                <input
                  type="number"
                  name={`order.${item.ref}`}
                  defaultValue={index + 1}
                  min={1}
                  max={999}
                  aria-label={t('position', { title: item.title })}
                  className="w-16 rounded border border-slate-400 px-2 py-1"
                />
                <label className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    name="items"
                    value={item.ref}
                    defaultChecked={item.chosen}
                  />
                  <span>
                    {item.title} <span className="text-sm text-muted">({item.meta})</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <div>
        <SubmitButton pending={pending}>{t('save')}</SubmitButton>
      </div>
    </form>
  )
}
