import {
  UnsubscribeView,
  unsubscribeMetadata,
  type SearchParams,
} from '@/components/pages/newsletter-pages'

export const instant = false
export const generateMetadata = () => unsubscribeMetadata('en')

export default function EnglishUnsubscribePage({ searchParams }: { searchParams: SearchParams }) {
  return <UnsubscribeView locale="en" searchParams={searchParams} />
}
