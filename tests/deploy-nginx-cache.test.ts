import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { HTML_LIMITED_BOTS } from '../lib/html-limited-bots.mjs'

/* The nginx recipe's cache follows the same rules as the portal's own page cache. */

const site = fs.readFileSync(path.join(process.cwd(), 'deploy', 'nginx.conf'), 'utf8')

describe('deploy/nginx.conf cache', () => {
  it('never passes on the headers that make Next render another page for the same address', () => {
    for (const name of [
      'x-middleware-prefetch',
      'Content-Security-Policy',
      'Content-Security-Policy-Report-Only',
      'x-nonce',
    ])
      expect(site).toContain(`proxy_set_header ${name} "";`)
  })

  it('keeps the pages rendered for crawlers apart, by the list Next is given', () => {
    expect(site).toContain(`"~*(${HTML_LIMITED_BOTS.source})" html-bot;`)
    expect(site).toContain('proxy_cache_key $scheme$host$request_uri$clusterportal_audience;')
  })
})
