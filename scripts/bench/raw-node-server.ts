import fs from 'node:fs'
import http from 'node:http'

/*
 * The raw Node baseline, forked by baselines.ts: a plain node:http server that sends the exact
 * bytes the portal sent for each page (read from the file in argv[2]) on the port in argv[3].
 */

function serve(file: string, port: number): void {
  const entries = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    path: string
    contentType: string
    body: string
  }[]
  const responses = new Map(
    entries.map((entry) => {
      const body = Buffer.from(entry.body, 'base64')
      return [
        entry.path,
        { body, headers: { 'content-type': entry.contentType, 'content-length': body.length } },
      ]
    }),
  )
  const server = http.createServer((req, res) => {
    const found = responses.get(req.url ?? '')
    if (!found) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, found.headers)
    res.end(found.body)
  })
  server.listen(port, '127.0.0.1', () => process.send?.('ready'))
  process.on('disconnect', () => process.exit(0))
}

serve(process.argv[2]!, Number(process.argv[3]))
