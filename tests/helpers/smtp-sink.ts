import net from 'node:net'

/*
 * A tiny SMTP server on 127.0.0.1 that accepts every message and keeps it, so tests can read what
 * the portal really sends through its mailer (nodemailer over SMTP_URL). Plain SMTP, no TLS, no
 * authentication; just enough of RFC 5321 for one client.
 */

export type SinkMessage = { from: string; to: string[]; data: string }

export async function startSmtpSink(): Promise<{
  url: string
  messages: SinkMessage[]
  close: () => Promise<void>
}> {
  const messages: SinkMessage[] = []
  const server = net.createServer((socket) => {
    let buffer = ''
    let inData = false
    let current: SinkMessage = { from: '', to: [], data: '' }
    const reply = (line: string) => socket.write(`${line}\r\n`)
    reply('220 sink ESMTP')
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8')
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n')
          if (end < 0) return
          current.data = buffer.slice(0, end)
          buffer = buffer.slice(end + 5)
          inData = false
          messages.push(current)
          current = { from: '', to: [], data: '' }
          reply('250 OK')
          continue
        }
        const eol = buffer.indexOf('\r\n')
        if (eol < 0) return
        const line = buffer.slice(0, eol)
        buffer = buffer.slice(eol + 2)
        const verb = line.slice(0, 4).toUpperCase()
        if (verb === 'EHLO' || verb === 'HELO') reply('250 sink')
        else if (verb === 'MAIL') current.from = line.slice(10).trim()
        else if (verb === 'RCPT') current.to.push(line.slice(8).trim())
        else if (verb === 'DATA') {
          inData = true
          reply('354 go on')
          continue
        } else if (verb === 'QUIT') {
          reply('221 bye')
          socket.end()
          return
        }
        if (verb === 'MAIL' || verb === 'RCPT' || verb === 'RSET' || verb === 'NOOP')
          reply('250 OK')
        else if (verb !== 'EHLO' && verb !== 'HELO') reply('502 not here')
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
