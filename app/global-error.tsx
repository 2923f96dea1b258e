'use client'

import { usePathname } from 'next/navigation'
import de from '@/messages/de.json'
import en from '@/messages/en.json'
import { SITE } from '@/lib/site'

/* The root layout itself failed: no provider is left, so the texts come straight from the files. */
export default function GlobalError() {
  const pathname = usePathname() ?? '/'
  const english = pathname === '/en' || pathname.startsWith('/en/')
  const t = (english ? en : de).status
  const home = english ? '/en' : '/'
  return (
    <html lang={english ? 'en' : 'de'}>
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
            <a href={home}>{SITE.name}</a>
          </p>
        </header>
        <main>
          <h1>{t.errorTitle}</h1>
          <p>{t.errorText}</p>
          <p>
            <a href={home}>{t.home}</a>
          </p>
        </main>
      </body>
    </html>
  )
}
