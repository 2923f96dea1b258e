import { SMTPServer } from 'smtp-server'

/*
 * A real SMTP server (the `smtp-server` package) on 127.0.0.1 for the newsletter tests. It keeps
 * every accepted message raw; `respond` may refuse a recipient (4xx/5xx), and `beforeAccept`
 * runs after the whole message arrived but before the 250 reply (a test kills the sender there).
 */

export type ReceivedMail = { to: string[]; raw: string }

export async function startSmtpServer(
  options: {
    respond?: (recipient: string) => { code: number; message: string } | null
    beforeAccept?: (mail: ReceivedMail) => 'accept' | 'hang'
  } = {},
) {
  const received: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const answer = options.respond?.(address.address)
      if (!answer) return callback()
      const error = Object.assign(new Error(answer.message), { responseCode: answer.code })
      callback(error)
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const mail = {
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        }
        if (options.beforeAccept?.(mail) === 'hang') return
        received.push(mail)
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The header block of a raw message, unfolded, as name (lower case) → value. */
export function headersOf(raw: string): Record<string, string> {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ')
  const out: Record<string, string> = {}
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) out[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim()
  }
  return out
}

/** The message with quoted-printable soft breaks and =XX escapes undone (good enough to search). */
export function decoded(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}
