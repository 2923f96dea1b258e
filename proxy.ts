import NextAuth from 'next-auth'
import { authConfig } from './auth.config'

/*
 * Optimistic only: visitors without a session cookie are sent from /admin to the login page.
 * No database here. Every server action and data function checks the session itself.
 */
const { auth } = NextAuth(authConfig)

export default auth

export const config = {
  matcher: ['/admin', '/admin/:path*'],
}
