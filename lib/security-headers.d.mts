export declare const PUBLIC_CSP: string

export declare function backendCsp(nonce: string): string

export declare const COMMON_HEADERS: { key: string; value: string }[]

/** Paths whose policy comes from proxy.ts (with a nonce). */
export declare const NONCE_PATHS: string[]
