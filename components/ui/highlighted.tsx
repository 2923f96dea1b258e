import { Fragment } from 'react'

export type Part = { text: string; hit: boolean }

/** Text with search hits marked; every part is rendered as text, never as HTML. */
export function Highlighted({ parts }: { parts: Part[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.hit ? (
          <mark key={index} className="hit">
            {part.text}
          </mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  )
}
