import { PartnerView, partnerMetadata } from '@/components/pages/partner-page'

type Params = Promise<{ category: string; entry: string }>

// Profiles render on their first visit and are then served from the cache until they change.
export function generateStaticParams() {
  return [{ category: 'example', entry: 'example' }]
}

export async function generateMetadata({ params }: { params: Params }) {
  const { category, entry } = await params
  return partnerMetadata('en', `${category}/${entry}`)
}

export default async function EnglishPartnerPage({ params }: { params: Params }) {
  const { category, entry } = await params
  return <PartnerView locale="en" slug={`${category}/${entry}`} />
}
