'use client'

import { useActionState } from 'react'
import { subscribeAction, subscribeFooterAction } from '@/app/(public)/newsletter/actions'
import { FormMessage, inputClass, SubmitButton } from '@/components/ui/form'
import { initialActionState } from '@/lib/action-state'
import { NEWSLETTER_TEXT, NEWSLETTER_TOPICS } from '@/lib/newsletter/texts'

/*
 * The subscribe form, full on /newsletter and short in the footer. Works without JavaScript:
 * the browser posts the form and the answer is rendered on /newsletter (the permalink). No
 * cookie; the hidden `website` field is the honeypot.
 */

const t = NEWSLETTER_TEXT.de

export function SubscribeForm({ compact = false }: { compact?: boolean }) {
  const [state, action, pending] = useActionState(
    compact ? subscribeFooterAction : subscribeAction,
    initialActionState,
    '/newsletter',
  )
  const prefix = compact ? 'nl-fuss' : 'nl'
  const emailError = state.fieldErrors.email?.[0]
  const topicsError = state.fieldErrors.topics?.[0]
  const chosen = Array.isArray(state.values?.topics) ? (state.values.topics as string[]) : null
  if (state.ok) return <FormMessage state={state} />
  return (
    <form
      action={action}
      className={compact ? 'flex flex-col gap-2' : 'mt-6 flex flex-col gap-5'}
      noValidate
    >
      {compact ? null : <FormMessage state={state} />}
      <div className="flex flex-col gap-1">
        <label htmlFor={`${prefix}-email`} className="font-medium text-ink">
          {t.email}
        </label>
        <input
          id={`${prefix}-email`}
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={typeof state.values?.email === 'string' ? state.values.email : ''}
          aria-invalid={!!emailError}
          aria-describedby={emailError ? `${prefix}-email-fehler` : undefined}
          className={inputClass}
        />
        {emailError ? (
          <p id={`${prefix}-email-fehler`} className="text-sm font-medium text-red-700">
            {emailError}
          </p>
        ) : null}
      </div>
      <fieldset
        className="flex flex-col gap-1"
        aria-describedby={topicsError ? `${prefix}-themen-fehler` : undefined}
      >
        <legend className={compact ? 'sr-only' : 'font-medium text-ink'}>{t.topicsLegend}</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-1">
          {NEWSLETTER_TOPICS.map((topic) => (
            <label key={topic} className="flex items-center gap-2">
              <input
                type="checkbox"
                name="topics"
                value={topic}
                defaultChecked={chosen ? chosen.includes(topic) : true}
              />
              {t.topics[topic]}
            </label>
          ))}
        </div>
        {topicsError ? (
          <p id={`${prefix}-themen-fehler`} className="text-sm font-medium text-red-700">
            {topicsError}
          </p>
        ) : null}
      </fieldset>
      {/* The honeypot: hidden from people and screen readers, filled by simple bots. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor={`${prefix}-website`}>{t.honeypot}</label>
        <input
          id={`${prefix}-website`}
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
        />
      </div>
      <p className="text-sm text-muted">{t.consent}</p>
      <div>
        <SubmitButton pending={pending}>{compact ? t.footerSubmit : t.submit}</SubmitButton>
      </div>
    </form>
  )
}
