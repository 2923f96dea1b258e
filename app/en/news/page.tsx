import {
  NewsListView,
  newsListMetadata,
  type SearchParams,
} from '@/components/pages/news-list-page'

export const instant = false

export function generateMetadata({ searchParams }: { searchParams: SearchParams }) {
  return newsListMetadata('en', searchParams)
}

export default function EnglishNewsListPage({ searchParams }: { searchParams: SearchParams }) {
  return <NewsListView locale="en" searchParams={searchParams} />
}
