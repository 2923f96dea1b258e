// The two answers of load shedding (server.mjs): a small German page, made without Next.js and
// without the database, so that sending it costs nothing when the portal is busiest.

const HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cache-Control': 'no-store',
}

function page(title, text) {
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} – Clusterportal</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1e293b;line-height:1.5}h1{font-size:1.6rem}</style>
</head>
<body>
<h1>${title}</h1>
<p>${text}</p>
<p><a href="/">Zur Startseite</a></p>
</body>
</html>
`
}

export const BUSY_TITLE = 'Das Portal ist gerade ausgelastet'
export const TOO_MANY_SEARCHES_TITLE = 'Zu viele Suchanfragen'

const BUSY = Buffer.from(
  page(
    BUSY_TITLE,
    'Im Moment kommen mehr Anfragen an, als das Portal beantworten kann. Bitte versuchen Sie es in wenigen Sekunden noch einmal.',
  ),
)
const TOO_MANY_SEARCHES = Buffer.from(
  page(
    TOO_MANY_SEARCHES_TITLE,
    'Von Ihrer Adresse kamen in kurzer Zeit sehr viele Suchanfragen. Bitte warten Sie einen Moment und suchen Sie dann erneut.',
  ),
)

/** @param {import('node:http').ServerResponse} res */
function send(res, status, body, retryAfterSeconds, method) {
  if (res.headersSent) {
    res.destroy()
    return
  }
  res.writeHead(status, {
    ...HEADERS,
    'Retry-After': String(retryAfterSeconds),
    'Content-Length': body.length,
  })
  res.end(method === 'HEAD' ? undefined : body)
}

export function sendBusy(res, retryAfterSeconds, method) {
  send(res, 503, BUSY, retryAfterSeconds, method)
}

export function sendTooManySearches(res, retryAfterSeconds, method) {
  send(res, 429, TOO_MANY_SEARCHES, retryAfterSeconds, method)
}
