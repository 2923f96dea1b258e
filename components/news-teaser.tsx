import { formatDateline } from '@/lib/dates'

export type NewsTeaserData = {
  slug: string
  title: string
  lead: string
  date: string
  place: string | null
}

export function NewsTeaser({
  item,
  headingLevel = 3,
}: {
  item: NewsTeaserData
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="flex flex-col gap-2">
      <p className="text-sm text-muted">
        <time dateTime={item.date}>{formatDateline(item.place, item.date)}</time>
      </p>
      <Heading className="text-lg font-semibold leading-snug">
        <a
          href={`/aktuelles/${item.slug}`}
          className="text-brand-800 underline-offset-2 hover:underline"
        >
          {item.title}
        </a>
      </Heading>
      {item.lead ? <p className="line-clamp-3 text-ink">{item.lead}</p> : null}
    </article>
  )
}
