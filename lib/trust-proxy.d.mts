export declare function parseTrustProxy(value: string | undefined): number
