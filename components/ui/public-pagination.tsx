import { getTranslations } from 'next-intl/server'
import { Pagination } from './pagination'
import type { Locale } from '@/lib/i18n/locales'

/** The public lists' page links, labelled in the page's language. */
export async function PublicPagination({
  locale,
  ...props
}: {
  locale: Locale
  page: number
  pageCount: number
  href: (page: number) => string
  label: string
}) {
  if (props.pageCount <= 1) return null
  const t = await getTranslations({ locale, namespace: 'pagination' })
  return (
    <Pagination {...props} labels={{ previous: t('previous'), next: t('next'), page: t('page') }} />
  )
}
