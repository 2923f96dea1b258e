import { NewsArticleView, newsArticleMetadata } from '@/components/pages/news-article-page'

type Params = Promise<{ slug: string }>

export function generateStaticParams() {
  return [{ slug: 'example' }]
}

export async function generateMetadata({ params }: { params: Params }) {
  return newsArticleMetadata('en', (await params).slug)
}

export default async function EnglishNewsArticlePage({ params }: { params: Params }) {
  return <NewsArticleView locale="en" slug={(await params).slug} />
}
