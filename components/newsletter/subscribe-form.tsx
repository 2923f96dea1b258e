'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { subscribeAction, subscribeFooterAction } from '@/app/(public)/newsletter/actions'
import { FormMessage, inputClass, SubmitButton } from '@/components/ui/form'
import { initialActionState } from '@/lib/action-state'
import { isLocale } from '@/lib/i18n/locales'
import { newsletterPath } from '@/lib/i18n/paths'
import { NEWSLETTER_TOPICS, TOPIC_KEYS } from '@/lib/newsletter/topics'

/*
 * The subscribe form, full on the newsletter page and short in the footer, in the page's
 * language (the subscription keeps it for its mails). Works without JavaScript: the browser
 * posts the form and the answer is rendered on the newsletter page (the permalink). No cookie;
 * the hidden `website` field is the honeypot.
 */

export function SubscribeForm({ compact = false }: { compact?: boolean }) {
  const t = useTranslations('newsletter')
  const current = useLocale()
  const locale = isLocale(current) ? current : 'de'
  const [state, action, pending] = useActionState(
    compact ? subscribeFooterAction : subscribeAction,
    initialActionState,
    newsletterPath('subscribe', locale),
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
      <input type="hidden" name="locale" value={locale} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${prefix}-email`} className="font-medium text-ink">
          {t('email')}
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
        <legend className={compact ? 'sr-only' : 'font-medium text-ink'}>
          {t('topicsLegend')}
        </legend>
        <div className="flex flex-wrap gap-x-5 gap-y-1">
          {NEWSLETTER_TOPICS.map((topic) => (
            <label key={topic} className="flex items-center gap-2">
              <input
                type="checkbox"
                name="topics"
                value={topic}
                defaultChecked={chosen ? chosen.includes(topic) : true}
              />
              {t(TOPIC_KEYS[topic])}
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
        <label htmlFor={`${prefix}-website`}>{t('honeypot')}</label>
        <input
          id={`${prefix}-website`}
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
        />
      </div>
      <p className="text-sm text-muted">{t('consent')}</p>
      <div>
        <SubmitButton pending={pending}>{compact ? t('footerSubmit') : t('submit')}</SubmitButton>
      </div>
    </form>
  )
}
