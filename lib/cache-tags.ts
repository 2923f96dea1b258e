/*
 * Cache tags of the public pages, in one place: the cached reads attach them, db/cache/tags.ts
 * says which ones a write to each entity affects, and the server expires them.
 */
export const TAGS = {
  /** On every public read: expired when the server starts (pages were built without data). */
  content: 'content',
  partners: 'partners',
  news: 'news',
  events: 'events',
  pages: 'pages',
  search: 'search',
  partner: (id: number) => `partner:${id}`,
  newsItem: (id: number) => `news:${id}`,
  event: (id: number) => `event:${id}`,
  page: (slug: string) => `page:${slug}`,
  /** A stored image's bytes; expired when the image is deleted. */
  image: (id: string) => `image:${id}`,
} as const
