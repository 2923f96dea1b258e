import { NewsArticleView, newsArticleMetadata } from '@/components/pages/news-article-page'

type Params = Promise<{ slug: string }>

export function generateStaticParams() {
  return [{ slug: 'beispiel' }]
}

export async function generateMetadata({ params }: { params: Params }) {
  return newsArticleMetadata('de', (await params).slug)
}

export default async function NewsArticlePage({ params }: { params: Params }) {
  return <NewsArticleView locale="de" slug={(await params).slug} />
}
