import { NewsletterView, newsletterMetadata } from '@/components/pages/newsletter-pages'

export const generateMetadata = () => newsletterMetadata('en')

export default function EnglishNewsletterPage() {
  return <NewsletterView locale="en" />
}
