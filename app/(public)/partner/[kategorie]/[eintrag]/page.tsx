import { PartnerView, partnerMetadata } from '@/components/pages/partner-page'

type Params = Promise<{ kategorie: string; eintrag: string }>

// Profiles render on their first visit and are then served from the cache until they change.
export function generateStaticParams() {
  return [{ kategorie: 'beispiel', eintrag: 'beispiel' }]
}

export async function generateMetadata({ params }: { params: Params }) {
  const { kategorie, eintrag } = await params
  return partnerMetadata('de', `${kategorie}/${eintrag}`)
}

export default async function PartnerPage({ params }: { params: Params }) {
  const { kategorie, eintrag } = await params
  return <PartnerView locale="de" slug={`${kategorie}/${eintrag}`} />
}
