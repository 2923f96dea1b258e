/** Which content a row of the FTS5 table `search_index` stands for: its rowid encodes both. */
export const SEARCH_KIND = { partner: 0, news: 1, event: 2 } as const
export type SearchKind = keyof typeof SEARCH_KIND

export function searchRowId(kind: SearchKind, id: number): number {
  return id * 4 + SEARCH_KIND[kind]
}
