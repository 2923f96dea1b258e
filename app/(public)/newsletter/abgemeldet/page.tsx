import { NoticeView, noticeMetadata } from '@/components/pages/newsletter-pages'

export const generateMetadata = () => noticeMetadata('de', 'unsubscribed')

export default function UnsubscribedPage() {
  return <NoticeView locale="de" page="unsubscribed" />
}
