import { NoticeView, noticeMetadata } from '@/components/pages/newsletter-pages'

export const generateMetadata = () => noticeMetadata('de', 'confirmed')

export default function ConfirmedPage() {
  return <NoticeView locale="de" page="confirmed" />
}
