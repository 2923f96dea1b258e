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
          <a
            href={link({ buchstabe: null })}
            aria-current={!query.letter ? 'page' : undefined}
            className="letter-link"
          >
            {t('all')}
          </a>
        </li>
        {result.letters.map(({ letter, count }) => {
          const active = letter === query.letter
          const label = letter === '#' ? t('digits') : letter
          return (
            <li key={letter} className="shrink-0">
              {count === 0 && !active ? (
                <span className="letter-empty">
                  <LetterName letter={letter} label={label} />
                  <span className="sr-only">{t('noEntries')}</span>
                </span>
              ) : (
                <a
                  href={link({ buchstabe: letter })}
                  aria-current={active ? 'page' : undefined}
                  className="letter-link"
                >
                  <LetterName letter={letter} label={label} />
                  <span className="sr-only"> ({count})</span>
                </a>
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
