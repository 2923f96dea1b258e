import type { Metadata } from 'next'
import { findRedirect } from '@/db/public/redirects'
import { notFound, permanentRedirect } from 'next/navigation'
import { NewsArticleView } from '@/components/public/news-article-view'
import { getNewsArticle } from '@/db/public/news-article'
import { berlinLocalToInstant } from '@/lib/dates'

type Params = Promise<{ slug: string }>

export function generateStaticParams() {
  return [{ slug: 'beispiel' }]
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const article = await getNewsArticle((await params).slug)
  if (!article) return { title: 'Seite nicht gefunden' }
  const description = article.lead.slice(0, 300) || article.title
  const image = article.image
    ? [{ url: `/bilder/${article.image.id}.webp?w=1024`, alt: article.image.alt }]
    : undefined
  return {
    title: article.title,
    description,
    alternates: { canonical: `/aktuelles/${article.slug}` },
    openGraph: {
      type: 'article',
      title: article.title,
      description,
      url: `/aktuelles/${article.slug}`,
      publishedTime: berlinLocalToInstant(article.date).toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      tags: article.tags.map((t) => t.name),
      images: image,
    },
    twitter: { card: image ? 'summary_large_image' : 'summary', title: article.title, description },
  }
}

export default async function NewsArticlePage({ params }: { params: Params }) {
  const { slug } = await params
  const article = await getNewsArticle(slug)
  if (!article) {
    const target = await findRedirect('news', slug)
    if (target) permanentRedirect(target)
    notFound()
  }
  return <NewsArticleView article={article} />
}
