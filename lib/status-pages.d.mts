import type { IncomingMessage, ServerResponse } from 'node:http'

type Handler = (req: IncomingMessage, res: ServerResponse, parsedUrl?: unknown) => unknown

export function statusPagePath(pathname: string, status: number): string
export function statusOfErrorDocument(html: string, statusCode: number): number | null
export function decodeBody(bytes: Buffer, encoding: unknown, complete?: boolean): string
export function withStatusPages(handle: Handler, options: { origin: string }): Handler
