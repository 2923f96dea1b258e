import type { NextAuthConfig } from 'next-auth'

/*
 * The part of the Auth.js setup that needs no database: used by proxy.ts for its optimistic
 * redirect. Whether a session is really valid is decided in the data access layer (db/auth/session.ts)
 * on every request, against the sessions table.
 */

declare module 'next-auth' {
  interface User {
    sid?: string
    role?: string
  }
  interface Session {
    sid?: string
    role?: string
  }
}

export const authConfig = {
  pages: { signIn: '/login' },
  // Credentials login needs JWT sessions. The cookie lives at most as long as the longest
  // session (partners, 7 days); the real limits per role are enforced on the server.
  session: { strategy: 'jwt', maxAge: 7 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      // Only what the server needs to find the session: the user id (sub), the session id and
      // the role for the proxy's redirect. No e-mail, no name.
      if (user) {
        token.sid = user.sid
        token.role = user.role
        delete token.email
        delete token.name
        delete token.picture
      }
      return token
    },
    session({ session, token }) {
      session.user = { id: token.sub ?? '', email: '', emailVerified: null } as typeof session.user
      session.sid = typeof token.sid === 'string' ? token.sid : undefined
      session.role = typeof token.role === 'string' ? token.role : undefined
      return session
    },
  },
} satisfies NextAuthConfig
