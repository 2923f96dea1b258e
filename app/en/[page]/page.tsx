import { InfoPageView, infoPageMetadata } from '@/components/pages/info-page'

/* The pages kept by admins in English: /en/<slug>, the English slug or the German one. */

type Params = Promise<{ page: string }>

export function generateStaticParams() {
  return [{ page: 'impressum' }, { page: 'datenschutz' }, { page: 'barrierefreiheit' }]
}

export async function generateMetadata({ params }: { params: Params }) {
  return infoPageMetadata('en', (await params).page)
}

export default async function EnglishInfoPage({ params }: { params: Params }) {
  return <InfoPageView locale="en" slug={(await params).page} />
}
