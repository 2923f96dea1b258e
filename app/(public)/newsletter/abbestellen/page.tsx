import {
  UnsubscribeView,
  unsubscribeMetadata,
  type SearchParams,
} from '@/components/pages/newsletter-pages'

export const instant = false
export const generateMetadata = () => unsubscribeMetadata('de')

export default function UnsubscribePage({ searchParams }: { searchParams: SearchParams }) {
  return <UnsubscribeView locale="de" searchParams={searchParams} />
}
