'use client'

/* eslint-disable @next/next/no-html-link-for-pages -- the root layout failed: a plain link reloads the page */

import { SITE } from '@/lib/site'

export default function GlobalError() {
  return (
    <html lang="de">
      <body
        style={{
          fontFamily: 'system-ui, sans-serif',
          maxWidth: '40rem',
          margin: '4rem auto',
          padding: '0 1rem',
          color: '#1c2730',
        }}
      >
        <header>
          <p>
            <a href="/">{SITE.name}</a>
          </p>
        </header>
        <main>
          <h1>Da ist etwas schiefgegangen</h1>
          <p>
            Die Seite konnte gerade nicht angezeigt werden. Bitte versuchen Sie es in einem Moment
            noch einmal.
          </p>
          <p>
            <a href="/">Zur Startseite</a>
          </p>
        </main>
      </body>
    </html>
  )
}
