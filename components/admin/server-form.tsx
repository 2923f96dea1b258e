'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import {
  useActionState,
  useCallback,
  useEffect,
  useRef,
  useSyncExternalStore,
  startTransition,
  type ReactNode,
} from 'react'
import {
  FormProvider,
  useForm,
  type DefaultValues,
  type Resolver,
  type FieldValues,
  type UseFormRegister,
} from 'react-hook-form'
import { useLocale } from 'next-intl'
import type { z } from 'zod'
import { Autosave, type AutosaveConfig, type AutosaveHandle } from '@/components/admin/autosave'
import { FormMessage } from '@/components/ui/form'
import { localizeFieldErrors } from '@/lib/i18n/admin-errors'
import type { Locale } from '@/lib/i18n/locales'
import { initialActionState, type ActionState } from '@/lib/action-state'

/*
 * A form checked in the browser with react-hook-form and the entity's zod schema, then sent to
 * its server action, which checks the same schema again. The submission goes through a
 * transition rather than the form's action attribute, so a refused save keeps everything typed;
 * without JavaScript the form posts to the same action, whose answer (messages and typed values)
 * reaches the returned page's data but is not yet rendered into its HTML: Next.js with Cache
 * Components does not apply a native post's form state (e2e/interface-language-messages.spec.ts).
 * Errors from the server land beside their fields.
 */
export function ServerForm<S extends z.ZodType<FieldValues, FieldValues>>({
  schema,
  action,
  defaultValues,
  children,
  className = 'flex flex-col gap-6',
  autosave,
}: {
  schema: S
  action: (state: ActionState, formData: FormData) => Promise<ActionState>
  defaultValues: DefaultValues<z.input<S>>
  children: ReactNode
  className?: string
  /** Content forms save what is typed as it is typed (components/admin/autosave.tsx). */
  autosave?: AutosaveConfig
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState)
  const locale = useLocale() as Locale
  const resolver: Resolver<z.input<S>, unknown, z.output<S>> = zodResolver(schema as never)
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    // The schemas speak German; a user with an English interface reads their messages in English.
    resolver: async (values, context, options) => {
      const result = await resolver(values, context, options)
      result.errors = localizeFieldErrors(result.errors, locale)
      return result
    },
    defaultValues,
    mode: 'onTouched',
  })
  const formRef = useRef<HTMLFormElement>(null)
  const autosaveRef = useRef<AutosaveHandle>(null)
  // `data-ready` tells when the script has taken the form over (false in the server's HTML).
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  type Register = UseFormRegister<z.input<S>>

  // Fields carry their saved values in the server-rendered HTML too, so a form is filled in before
  // its script has loaded, and without JavaScript at all.
  const register = useCallback(
    (name: Parameters<Register>[0], options?: Parameters<Register>[1]) => {
      const props = form.register(name, options)
      const saved = valueAt(defaultValues, name)
      if (typeof saved === 'string' || typeof saved === 'number')
        return { ...props, defaultValue: saved }
      if (typeof saved === 'boolean') return { ...props, defaultChecked: saved }
      return props
    },
    [form, defaultValues],
  ) as Register

  useEffect(() => {
    for (const [name, messages] of Object.entries(state.fieldErrors)) {
      if (messages?.[0]) form.setError(name as never, { type: 'server', message: messages[0] })
    }
  }, [state, form])

  return (
    <FormProvider {...form} register={register}>
      <form
        ref={formRef}
        action={formAction}
        data-ready={hydrated ? 'true' : 'false'}
        noValidate
        className={className}
        onSubmit={(event) => {
          event.preventDefault()
          const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null
          // Buttons that only move the item along (not a save) skip the field checks.
          const skipChecks = submitter?.dataset.skipValidation === 'true'
          const send = async () => {
            // A new item's first autosave may be creating it right now: save that one.
            await autosaveRef.current?.settle()
            const data = new FormData(formRef.current!, submitter)
            startTransition(() => formAction(data))
          }
          if (skipChecks) void send()
          else
            void form.handleSubmit(send, () =>
              formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
            )(event)
        }}
      >
        <FormMessage state={state} />
        {autosave ? <Autosave config={autosave} handle={autosaveRef} /> : null}
        {state.data?.notice ? (
          <p
            role="status"
            className="rounded border border-green-700 bg-green-50 px-4 py-3 text-green-900"
          >
            {state.data.notice}
          </p>
        ) : null}
        <fieldset disabled={pending} className="contents">
          {children}
        </fieldset>
      </form>
    </FormProvider>
  )
}

function noSubscription(): () => void {
  return () => {}
}

/** The value at a react-hook-form path such as `links.0.url`. */
function valueAt(values: unknown, path: string): unknown {
  let node = values
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return node
}
