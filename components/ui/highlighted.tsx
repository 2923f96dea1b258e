export type Part = { text: string; hit: boolean }

/** Text with search hits marked; every part is rendered as text, never as HTML. */
export function Highlighted({ parts }: { parts: Part[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.hit ? (
          <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-ink">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  )
}
