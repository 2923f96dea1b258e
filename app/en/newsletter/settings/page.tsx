import {
  SettingsView,
  settingsMetadata,
  type SearchParams,
} from '@/components/pages/newsletter-pages'

export const instant = false
export const generateMetadata = () => settingsMetadata('en')

export default function EnglishSettingsPage({ searchParams }: { searchParams: SearchParams }) {
  return <SettingsView locale="en" searchParams={searchParams} />
}
