import NextAuth from 'next-auth'
import { NextResponse } from 'next/server'
import { authConfig } from './auth.config'
import { backendCsp } from './lib/security-headers.mjs'

/*
 * Optimistic only: a page request to /admin without a session cookie is sent to the login page;
 * no database here. Every server action and data function checks the session itself. Backend and
 * login pages also get their Content-Security-Policy with a fresh nonce here.
 */
const { auth } = NextAuth(authConfig)

export default auth((request) => {
  const { pathname, search } = request.nextUrl
  const isBackend = pathname === '/admin' || pathname.startsWith('/admin/')
  if (
    isBackend &&
    (request.method === 'GET' || request.method === 'HEAD') &&
    !request.auth?.user?.id
  ) {
    const login = request.nextUrl.clone()
    login.pathname = '/login'
    login.search = ''
    login.searchParams.set('callbackUrl', `${pathname}${search}`)
    return NextResponse.redirect(login)
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const csp = backendCsp(nonce)
  const headers = new Headers(request.headers)
  headers.set('x-nonce', nonce)
  headers.set('content-security-policy', csp)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', csp)
  return response
})

export const config = {
  // Not the two upload routes: where the proxy runs, Next.js keeps a copy of the request body and
  // cuts it at 10 MB (`proxyClientMaxBodySize`), before anyone has checked who sent it. Those
  // routes answer JSON, check the session before reading, and count the bytes themselves.
  matcher: [
    '/admin',
    '/admin/((?!upload$|import/upload$).*)',
    '/login',
    '/login/zweiter-schritt',
    '/login/passkey',
    '/passwort-setzen',
    '/passwort-vergessen',
  ],
}
