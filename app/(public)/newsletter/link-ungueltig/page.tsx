import { NoticeView, noticeMetadata } from '@/components/pages/newsletter-pages'

export const generateMetadata = () => noticeMetadata('de', 'invalidLink')

export default function InvalidLinkPage() {
  return <NoticeView locale="de" page="invalidLink" />
}
