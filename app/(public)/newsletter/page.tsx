import { NewsletterView, newsletterMetadata } from '@/components/pages/newsletter-pages'

export const generateMetadata = () => newsletterMetadata('de')

export default function NewsletterPage() {
  return <NewsletterView locale="de" />
}
