import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import type { DirectoryResult } from '@/db/public/partners'
import type { Locale } from '@/lib/i18n/locales'

/** A–Z: one line that scrolls sideways on a phone, wrapped on wider screens. */
export async function LetterBar({
  result,
  query,
  link,
  locale = 'de',
}: {
  result: DirectoryResult
  query: { letter: string | null }
  link: (o: { buchstabe: string | null }) => string
  locale?: Locale
}) {
  const t = await getTranslations({ locale, namespace: 'directory' })
  return (
    <nav aria-label={t('byLetter')} className="mt-6">
      <ul className="relative -mx-4 flex gap-1 overflow-x-auto px-4 pb-1 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0">
        <li className="shrink-0">
          <Link
            href={link({ buchstabe: null })}
            aria-current={!query.letter ? 'page' : undefined}
            className={`inline-flex h-9 items-center rounded px-2.5 text-sm no-underline ${!query.letter ? 'bg-brand-800 font-semibold text-white' : 'text-brand-800 hover:bg-brand-50'}`}
          >
            {t('all')}
          </Link>
        </li>
        {result.letters.map(({ letter, count }) => {
          const active = letter === query.letter
          const label = letter === '#' ? t('digits') : letter
          return (
            <li key={letter} className="shrink-0">
              {count === 0 && !active ? (
                <span className="inline-flex h-9 min-w-9 items-center justify-center rounded text-sm text-slate-500">
                  <LetterName letter={letter} label={label} />
                  <span className="sr-only">{t('noEntries')}</span>
                </span>
              ) : (
                <Link
                  href={link({ buchstabe: letter })}
                  aria-current={active ? 'page' : undefined}
                  className={`inline-flex h-9 min-w-9 items-center justify-center rounded text-sm font-medium no-underline ${active ? 'bg-brand-800 text-white' : 'text-brand-800 hover:bg-brand-50'}`}
                >
                  <LetterName letter={letter} label={label} />
                  <span className="sr-only"> ({count})</span>
                </Link>
              )}
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

/** "#" is read as what it stands for; a letter as itself. */
function LetterName({ letter, label }: { letter: string; label: string }) {
  if (letter === label) return <>{letter}</>
  return (
    <>
      <span aria-hidden="true">{letter}</span>
      <span className="sr-only">{label}</span>
    </>
  )
}
