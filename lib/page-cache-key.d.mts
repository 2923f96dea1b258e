import type { IncomingMessage } from 'node:http'

export declare const CACHEABLE_QUERY: Record<string, readonly string[]>
export declare const MAX_CACHED_URL_LENGTH: number
export declare const RENDERING_HEADERS: readonly string[]
export declare const KEYED_VARY: ReadonlySet<string>
export declare function normalisedAddress(url: string): string | null
export declare function requestKey(req: IncomingMessage): string | null
