import { InfoPageView, infoPageMetadata } from '@/components/pages/info-page'

/* Pages kept by admins: /impressum, /datenschutz, /barrierefreiheit and any others. */

type Params = Promise<{ seite: string }>

export function generateStaticParams() {
  return [{ seite: 'impressum' }, { seite: 'datenschutz' }, { seite: 'barrierefreiheit' }]
}

export async function generateMetadata({ params }: { params: Params }) {
  return infoPageMetadata('de', (await params).seite)
}

export default async function InfoPage({ params }: { params: Params }) {
  return <InfoPageView locale="de" slug={(await params).seite} />
}
