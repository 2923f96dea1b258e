import { NoticeView, noticeMetadata } from '@/components/pages/newsletter-pages'

export const generateMetadata = () => noticeMetadata('en', 'invalidLink')

export default function EnglishInvalidLinkPage() {
  return <NoticeView locale="en" page="invalidLink" />
}
