import Link from 'next/link'
import { formatEventTime } from '@/lib/dates'

export type EventListEntry = {
  slug: string
  title: string
  summary: string
  startsAt: Date
  endsAt: Date | null
  allDay: boolean
  venueName: string | null
  online: boolean
}

export function EventList({ items }: { items: EventListEntry[] }) {
  return (
    <ol className="flex flex-col divide-y divide-slate-200">
      {items.map((item) => (
        <li key={item.slug} className="py-5 first:pt-0">
          <article>
            <p className="text-sm font-medium text-brand-800">
              <time dateTime={item.startsAt.toISOString()}>
                {formatEventTime(item.startsAt, item.endsAt, item.allDay)}
              </time>
            </p>
            <h3 className="mt-1 text-lg font-semibold">
              <Link href={`/veranstaltungen/${item.slug}`} className="text-ink hover:underline">
                {item.title}
              </Link>
            </h3>
            <p className="text-sm text-muted">
              {[item.venueName, item.online ? 'Online' : null].filter(Boolean).join(' · ')}
            </p>
            {item.summary ? <p className="mt-1 text-ink">{item.summary}</p> : null}
          </article>
        </li>
      ))}
    </ol>
  )
}
