/** The mark on every preview: what it shows is not public (yet). */
export function Banner({ detail }: { detail: string }) {
  return (
    <div role="note" className="border-b-4 border-amber-500 bg-amber-100 px-4 py-3 text-amber-950">
      <p className="mx-auto max-w-3xl">
        <strong>Vorschau – nicht veröffentlicht.</strong> {detail}
      </p>
    </div>
  )
}
