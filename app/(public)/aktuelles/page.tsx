import {
  NewsListView,
  newsListMetadata,
  type SearchParams,
} from '@/components/pages/news-list-page'

export const instant = false

export function generateMetadata({ searchParams }: { searchParams: SearchParams }) {
  return newsListMetadata('de', searchParams)
}

export default function NewsListPage({ searchParams }: { searchParams: SearchParams }) {
  return <NewsListView locale="de" searchParams={searchParams} />
}
