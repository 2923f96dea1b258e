import type { IncomingMessage, ServerResponse } from 'node:http'

export declare const PAGE_CACHE_KEY: unique symbol

export declare function clearPageCache(tags?: Iterable<string>): void

export type PageCache = {
  handle(req: IncomingMessage, res: ServerResponse): boolean
  whenRendered(req: IncomingMessage): Promise<void> | null
  clear(tags?: Iterable<string>): void
  stats(): {
    hits: number
    misses: number
    stored: number
    clears: number
    coalesced: number
    entries: number
    bytes: number
    maxBytes: number
    maxEntries: number
  }
}

export declare function createPageCache(options?: {
  maxEntries?: number
  maxBytes?: number
  maxEntryBytes?: number
  ttlMs?: number
  now?: () => number
}): PageCache
