import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  deriveBenchNginxConfig,
  inlineScripts,
  parseOptions,
  scriptSources,
  summarize,
} from './bench-lib'

const site = fs.readFileSync(path.join(process.cwd(), 'deploy', 'nginx.conf'), 'utf8')

describe('deploy/nginx.conf', () => {
  it('forwards the headers server.mjs expects and drops the internal ones', () => {
    expect(site).toContain('proxy_set_header X-Forwarded-For $remote_addr;')
    expect(site).toContain('proxy_set_header X-Forwarded-Host $host;')
    expect(site).toContain('proxy_set_header X-Forwarded-Proto $scheme;')
    expect(site).toContain('proxy_set_header Host $host;')
    expect(site).toContain('proxy_set_header x-middleware-subrequest "";')
    expect(site).not.toMatch(/\$proxy_add_x_forwarded_for/)
  })

  it('never caches for a session and never caches the administration', () => {
    expect(site).toContain('proxy_cache_bypass $clusterportal_session;')
    expect(site).toMatch(/proxy_no_cache \$clusterportal_session/)
    expect(site).toMatch(
      /location ~ \^\/\(admin\|login\|api\|[^)]*\)\(\/\|\$\) \{\s+proxy_cache off;/,
    )
  })

  it('recognises the Auth.js session cookie in all its forms', () => {
    const pattern = /"~\*(.+?)" 1;/.exec(site.slice(site.indexOf('$clusterportal_session {')))![1]!
    const session = new RegExp(pattern.replace(/\\\\/g, '\\'), 'i')
    for (const cookie of [
      'authjs.session-token=abc',
      '__Secure-authjs.session-token=abc',
      'theme=dark; authjs.session-token.0=abc',
      'a=1;__Secure-authjs.session-token.1=abc',
    ])
      expect(session.test(cookie), cookie).toBe(true)
    for (const cookie of ['theme=dark', 'xauthjs.session-token=abc', 'authjs.csrf-token=abc'])
      expect(session.test(cookie), cookie).toBe(false)
  })

  it('allows long search queries and 5 MB uploads', () => {
    const buffers = /large_client_header_buffers \d+ (\d+)k;/.exec(site)
    expect(Number(buffers![1])).toBeGreaterThanOrEqual(32)
    const body = /client_max_body_size (\d+)m;/.exec(site)
    expect(Number(body![1])).toBeGreaterThanOrEqual(5)
  })
})

describe('deriveBenchNginxConfig', () => {
  const options = { listenPort: 18080, upstreamPort: 13000, dir: '/tmp/bench-x/nginx' }

  it('removes TLS and the redirect, and points at the bench server and folders', () => {
    const conf = deriveBenchNginxConfig(site, options)
    expect(conf).toContain('daemon off;')
    expect(conf).toContain('listen 127.0.0.1:18080;')
    expect(conf).toContain('server 127.0.0.1:13000;')
    expect(conf).toContain('proxy_cache_path /tmp/bench-x/nginx/cache ')
    expect(conf).not.toMatch(/ssl_|listen 443|listen 80|return 301|http2|Strict-Transport/)
    expect(conf.match(/\bserver \{/g)).toHaveLength(1)
    expect(conf).toMatch(/^\s*location ~ \^\/\(partner\|/m)
  })

  it('refuses a configuration it cannot adapt', () => {
    expect(() => deriveBenchNginxConfig('server { listen 80; }', options)).toThrow()
  })
})

describe('bench helpers', () => {
  it('parses options with the documented defaults', () => {
    expect(parseOptions([])).toMatchObject({
      partners: 400,
      news: 400,
      largePartners: 10000,
      largeNews: 20000,
      duration: 4,
      rounds: 2,
      connections: 10,
      lighthouse: true,
      withNginx: false,
    })
    expect(parseOptions(['--', '--quick', '--partners', '50'])).toMatchObject({
      quick: true,
      partners: 50,
      largePartners: 0,
      duration: 2,
    })
    expect(() => parseOptions(['--bogus'])).toThrow()
    expect(() => parseOptions(['--duration'])).toThrow()
  })

  it('counts the scripts a current browser loads', () => {
    const html =
      '<script src="/_next/static/chunks/a.js" async=""></script>' +
      '<script src="/_next/static/chunks/p.js" noModule=""></script>' +
      '<script src="https://example.org/x.js"></script>' +
      '<script type="application/ld+json">{"a":1}</script>' +
      '<script>self.__next_f.push([1])</script>'
    expect(scriptSources(html)).toEqual(['/_next/static/chunks/a.js'])
    expect(scriptSources(html, { noModule: true })).toEqual(['/_next/static/chunks/p.js'])
    expect(inlineScripts(html)).toEqual(['self.__next_f.push([1])'])
  })

  it('combines rounds: throughput over all time, median and worst p99', () => {
    const summary = summarize([
      { requests: 1000, seconds: 5, p50: 4, p99: 10, errors: 0, non2xx: 1 },
      { requests: 500, seconds: 5, p50: 6, p99: 30, errors: 2, non2xx: 0 },
    ])
    expect(summary).toMatchObject({ rps: 150, p50: 5, p99: 20, p99Worst: 30, errors: 2, non2xx: 1 })
  })
})
