import type { ServerResponse } from 'node:http'
export declare const BUSY_TITLE: string
export declare const TOO_MANY_SEARCHES_TITLE: string
export declare function sendBusy(
  res: ServerResponse,
  retryAfterSeconds: number,
  method?: string,
): void
export declare function sendTooManySearches(
  res: ServerResponse,
  retryAfterSeconds: number,
  method?: string,
): void
