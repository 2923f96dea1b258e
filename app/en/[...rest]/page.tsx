import { notFound } from 'next/navigation'

/* Any other address under /en: the English 404 page. */
export default function EnglishUnknown() {
  notFound()
}
