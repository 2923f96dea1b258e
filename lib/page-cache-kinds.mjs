// What a finished page may show, and what an expired cache tag may have changed, in the same
// terms: the kinds of content (lib/cache-tags.ts). The finished-page cache (lib/page-cache.mjs)
// forgets a page when an expiry touches a kind the page can show, and keeps it otherwise.
//
// Next.js documents no way to learn from a response which tags its render read, so the kinds of
// a page come from its address. The mapping errs on the side of showing more: a page is listed
// with every kind any of its parts can display (a profile lists the news and events that name
// the partner), and an address not known here shows everything.

/** Every kind of content; `search` is the search index, which only the search page shows. */
export const ALL_KINDS = Object.freeze(['partners', 'news', 'events', 'pages', 'search'])

/** Single-segment addresses that are not editorial pages (app/(public)/[seite]). */
const NOT_A_PAGE = new Set([
  'partner',
  'aktuelles',
  'veranstaltungen',
  'suche',
  'newsletter',
  '_status',
  '%5Fstatus',
])

const RELATED = ['partners', 'news', 'events']

/** The English pages' first segments (app/en/…) as the German ones they mirror. */
const ENGLISH_SECTIONS = {
  partners: 'partner',
  news: 'aktuelles',
  events: 'veranstaltungen',
  search: 'suche',
  'feed.xml': 'feed.xml',
  _status: '_status',
  '%5Fstatus': '%5Fstatus',
}

/**
 * An English address's segments in the German terms below: /en/news/x is /aktuelles/x,
 * /en/partners/map the map, /en/events/archive the archive, /en/events/x/calendar.ics an
 * event's calendar, and any other single segment an editorial page (/en/legal-notice). `null`
 * for the English home page.
 * @param {string[]} parts the segments after "en"
 */
function germanParts(parts) {
  if (parts.length === 0) return null
  const [first = '', ...rest] = parts
  const section = Object.hasOwn(ENGLISH_SECTIONS, first)
    ? ENGLISH_SECTIONS[/** @type {keyof typeof ENGLISH_SECTIONS} */ (first)]
    : first
  if (section === 'veranstaltungen' && rest.length === 2 && rest[1] === 'calendar.ics')
    return [section, rest[0] ?? '', 'kalender.ics']
  // The map (app/en/partners/map) takes that address before any category could.
  if (section === 'partner' && rest.length === 1 && rest[0] === 'map') return [section, 'karte']
  return [section, ...rest]
}

/**
 * The kinds of content the page at `address` (a path with or without its query) can show.
 * @param {string} address
 * @returns {readonly string[]}
 */
export function kindsOfPath(address) {
  const mark = address.indexOf('?')
  const path = mark === -1 ? address : address.slice(0, mark)
  let parts = path.split('/').filter(Boolean)
  if (parts[0] === 'en') {
    const german = germanParts(parts.slice(1))
    // The English home page shows partners, news and events: everything, like the German one.
    if (german === null) return ALL_KINDS
    // "suche" is not an editorial page in either language; an English page named like a German
    // section is an editorial page of that name, which the mapping below cannot tell: all kinds.
    parts = german
  }
  const [first = '', , third] = parts
  // The directory: partners and their categories (category edits expire `partners`).
  if (first === 'partner' && parts.length === 1) return ['partners']
  // The map: the partners with a position, filtered like the directory.
  if (first === 'partner' && parts.length === 2 && parts[1] === 'karte') return ['partners']
  // A profile: the partner, and the news and events that name it.
  if (first === 'partner' && parts.length === 3) return RELATED
  if (first === 'aktuelles' && parts.length === 1) return ['news']
  // An article: the news item, its partners and its event.
  if (first === 'aktuelles' && parts.length === 2) return RELATED
  // The event pages, the archive and the calendars: events, organisers and reports.
  if (first === 'veranstaltungen' && parts.length <= 2) return RELATED
  if (first === 'veranstaltungen' && parts.length === 3 && third === 'kalender.ics') return RELATED
  if (first === 'feed.xml' && parts.length === 1) return ['news']
  // An editorial page such as /impressum.
  if (parts.length === 1 && !NOT_A_PAGE.has(first) && !first.includes('.')) return ['pages']
  // The home page, the search, the sitemap and anything else: everything.
  return ALL_KINDS
}

/** Tag names (lib/cache-tags.ts) and the kind each belongs to; `name:id` tags by their prefix. */
const KIND_OF_TAG = {
  partners: 'partners',
  partner: 'partners',
  news: 'news',
  events: 'events',
  event: 'events',
  pages: 'pages',
  page: 'pages',
  search: 'search',
}

/**
 * The kinds the expired `tags` may have changed, or null for everything (`content`, or a tag
 * this module does not know).
 * @param {Iterable<string>} tags
 * @returns {Set<string> | null}
 */
export function kindsOfTags(tags) {
  /** @type {Set<string>} */
  const kinds = new Set()
  for (const tag of tags) {
    const colon = tag.indexOf(':')
    const name = colon === -1 ? tag : tag.slice(0, colon)
    // A stored image's bytes are served under /bilder, which this cache never stores; the pages
    // that show an image expire with the tags of the content that shows it.
    if (name === 'image' && colon !== -1) continue
    const kind = Object.hasOwn(KIND_OF_TAG, name)
      ? KIND_OF_TAG[/** @type {keyof typeof KIND_OF_TAG} */ (name)]
      : undefined
    if (kind === undefined) return null
    kinds.add(kind)
  }
  return kinds
}
