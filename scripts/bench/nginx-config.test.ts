import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { deriveBenchNginxConfig } from './nginx-config'

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
