/** Sanitised HTML from lib/markdown (never raw input) in readable long-text typography. */
export function Prose({ html, className = '' }: { html: string; className?: string }) {
  return (
    <div
      className={`prose prose-slate max-w-none prose-headings:text-brand-900 prose-a:text-brand-800 prose-li:my-1 ${className}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  )
}
