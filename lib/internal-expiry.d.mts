export declare const INTERNAL_EXPIRY_PATH: string
export declare const INTERNAL_SECRET_HEADER: string
export declare function internalSecret(): string
export declare function setSelfAddress(host: string, port: number): void
export declare function requestExpiry(tags: Iterable<string>): Promise<boolean>
