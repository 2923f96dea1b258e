import { HomeView, homeMetadata } from '@/components/pages/home-page'

export const generateMetadata = () => homeMetadata('de')

export default function HomePage() {
  return <HomeView locale="de" />
}
