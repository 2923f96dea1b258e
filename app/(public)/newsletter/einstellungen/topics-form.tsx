'use client'

import { useActionState } from 'react'
import { saveTopicsAction } from '../actions'
import { FormMessage, SubmitButton } from '@/components/ui/form'
import { initialActionState } from '@/lib/action-state'
import { NEWSLETTER_TEXT, NEWSLETTER_TOPICS, type NewsletterTopic } from '@/lib/newsletter/texts'

const t = NEWSLETTER_TEXT.de

export function TopicsForm({
  manageKey,
  topics,
}: {
  manageKey: string
  topics: NewsletterTopic[]
}) {
  const [state, action, pending] = useActionState(saveTopicsAction, initialActionState)
  const chosen = Array.isArray(state.values?.topics) ? (state.values.topics as string[]) : topics
  const error = state.fieldErrors.topics?.[0]
  return (
    <form action={action} className="mt-6 flex flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="key" value={manageKey} />
      <fieldset aria-describedby={error ? 'themen-fehler' : undefined}>
        <legend className="font-medium text-ink">{t.topicsLegend}</legend>
        <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
          {NEWSLETTER_TOPICS.map((topic) => (
            <label key={topic} className="flex items-center gap-2">
              <input
                type="checkbox"
                name="topics"
                value={topic}
                defaultChecked={chosen.includes(topic)}
              />
              {t.topics[topic]}
            </label>
          ))}
        </div>
        {error ? (
          <p id="themen-fehler" className="text-sm font-medium text-red-700">
            {error}
          </p>
        ) : null}
      </fieldset>
      <div>
        <SubmitButton pending={pending}>{t.settingsSubmit}</SubmitButton>
      </div>
    </form>
  )
}
