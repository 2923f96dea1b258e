import {
  SettingsView,
  settingsMetadata,
  type SearchParams,
} from '@/components/pages/newsletter-pages'

export const instant = false
export const generateMetadata = () => settingsMetadata('de')

export default function SettingsPage({ searchParams }: { searchParams: SearchParams }) {
  return <SettingsView locale="de" searchParams={searchParams} />
}
