export declare const ALL_KINDS: readonly string[]

export declare function kindsOfPath(address: string): readonly string[]

export declare function kindsOfTags(tags: Iterable<string>): Set<string> | null
