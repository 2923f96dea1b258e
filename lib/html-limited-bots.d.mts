export declare const HTML_LIMITED_BOTS: RegExp
