import Link from 'next/link'

export type ErrorTexts = {
  label: string
  title: string
  text: string
  textReload: string
  retry: string
  home: string
}

/**
 * The error page's content. `retry` is the error boundary's; the server-rendered page (for a
 * browser without JavaScript) has none and asks to reload instead. The texts come from the
 * message files (namespace "status"): on the server through getTranslations, in the error
 * boundary through the client provider of the layout.
 */
export function ErrorContent({
  texts,
  homeHref = '/',
  retry,
}: {
  texts: ErrorTexts
  homeHref?: string
  retry?: () => void
}) {
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-16 sm:px-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{texts.label}</p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{texts.title}</h1>
      <p className="mt-4 text-lg text-muted">{retry ? texts.text : texts.textReload}</p>
      <p className="mt-8 flex flex-wrap gap-3">
        {retry ? (
          <button
            type="button"
            onClick={retry}
            className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900"
          >
            {texts.retry}
          </button>
        ) : null}
        <Link
          href={homeHref}
          className="rounded border border-brand-800 px-4 py-2 font-medium text-brand-800 no-underline hover:bg-brand-50"
        >
          {texts.home}
        </Link>
      </p>
    </div>
  )
}

/** The texts from a translator of the "status" namespace. */
export function errorTexts(t: (key: ErrorTextKey) => string): ErrorTexts {
  return {
    label: t('errorLabel'),
    title: t('errorTitle'),
    text: t('errorText'),
    textReload: t('errorTextReload'),
    retry: t('retry'),
    home: t('home'),
  }
}

type ErrorTextKey = 'errorLabel' | 'errorTitle' | 'errorText' | 'errorTextReload' | 'retry' | 'home'
