'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { saveTopicsAction } from '@/app/(public)/newsletter/actions'
import { FormMessage, SubmitButton } from '@/components/ui/form'
import { initialActionState } from '@/lib/action-state'
import { NEWSLETTER_TOPICS, TOPIC_KEYS, type NewsletterTopic } from '@/lib/newsletter/topics'

/** The topics of one subscriber, opened with the key from the subscriber's mail. */
export function TopicsForm({
  manageKey,
  topics,
}: {
  manageKey: string
  topics: NewsletterTopic[]
}) {
  const t = useTranslations('newsletter')
  const locale = useLocale()
  const [state, action, pending] = useActionState(saveTopicsAction, initialActionState)
  const chosen = Array.isArray(state.values?.topics) ? (state.values.topics as string[]) : topics
  const error = state.fieldErrors.topics?.[0]
  return (
    <form action={action} className="mt-6 flex flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="key" value={manageKey} />
      <input type="hidden" name="locale" value={locale} />
      <fieldset aria-describedby={error ? 'themen-fehler' : undefined}>
        <legend className="font-medium text-ink">{t('topicsLegend')}</legend>
        <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
          {NEWSLETTER_TOPICS.map((topic) => (
            <label key={topic} className="flex items-center gap-2">
              <input
                type="checkbox"
                name="topics"
                value={topic}
                defaultChecked={chosen.includes(topic)}
              />
              {t(TOPIC_KEYS[topic])}
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
        <SubmitButton pending={pending}>{t('settingsSubmit')}</SubmitButton>
      </div>
    </form>
  )
}
