import { NoticeView, noticeMetadata } from '@/components/pages/newsletter-pages'

export const generateMetadata = () => noticeMetadata('en', 'unsubscribed')

export default function EnglishUnsubscribedPage() {
  return <NoticeView locale="en" page="unsubscribed" />
}
