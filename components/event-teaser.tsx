import Link from 'next/link'
import { formatEventTime } from '@/lib/dates'

export type EventTeaserData = {
  slug: string
  title: string
  startsAt: Date
  endsAt: Date | null
  allDay: boolean
  venueName: string | null
  online: boolean
}

export function EventTeaser({
  item,
  headingLevel = 3,
}: {
  item: EventTeaserData
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="flex flex-col gap-1">
      <p className="text-sm font-medium text-brand-800">
        <time dateTime={item.startsAt.toISOString()}>
          {formatEventTime(item.startsAt, item.endsAt, item.allDay)}
        </time>
      </p>
      <Heading className="text-lg font-semibold leading-snug">
        <Link
          href={`/veranstaltungen/${item.slug}`}
          className="text-ink underline-offset-2 hover:underline"
        >
          {item.title}
        </Link>
      </Heading>
      <p className="text-sm text-muted">
        {[item.venueName, item.online ? 'Online' : null].filter(Boolean).join(' · ')}
      </p>
    </article>
  )
}
