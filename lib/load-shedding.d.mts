export type RenderGate = {
  run(start: (done: () => void) => void, reject: (reason: 'full' | 'timeout') => void): () => void
  stats(): {
    started: number
    queued: number
    shed: number
    timedOut: number
    active: number
    waiting: number
  }
}
export declare function createRenderGate(options: {
  limit: number
  queueLimit: number
  maxWaitMs: number
  setTimer?: typeof setTimeout
  clearTimer?: typeof clearTimeout
}): RenderGate
export declare function createTokenBuckets(options: {
  capacity: number
  perSecond: number
  maxKeys?: number
  now?: () => number
}): {
  take(key: string): { allowed: boolean; retryAfterSeconds: number }
  size(): number
}
export declare function addressKey(address: string): string
export declare function envInteger(value: string | undefined, fallback: number): number
export declare function isSearchRequest(url?: string): boolean
export declare function gated(url?: string): boolean
export declare function createPerKeyLimit(max: number): {
  enter(key: string): boolean
  leave(key: string): void
  size(): number
}
