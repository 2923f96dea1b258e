import { NoticeView, noticeMetadata } from '@/components/pages/newsletter-pages'

export const generateMetadata = () => noticeMetadata('en', 'confirmed')

export default function EnglishConfirmedPage() {
  return <NoticeView locale="en" page="confirmed" />
}
