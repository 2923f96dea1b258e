/**
 * Sanitised HTML from lib/markdown (never raw input) in readable long-text typography. `lang`
 * marks text in another language than the page's (an item without translation).
 */
export function Prose({
  html,
  className = '',
  lang,
}: {
  html: string
  className?: string
  lang?: string
}) {
  return (
    <div
      lang={lang}
      className={`prose prose-slate max-w-none prose-headings:text-brand-900 prose-a:text-brand-800 prose-li:my-1 ${className}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  )
}
