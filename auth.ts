import NextAuth, { CredentialsSignin } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import { z } from 'zod'
import { authConfig } from './auth.config'
import { authenticate, closeSession } from './db/auth/sign-in'

export class AccountLocked extends CredentialsSignin {
  override code = 'locked'
}

const credentialsSchema = z.object({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(1024),
})

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // Wrong passwords are expected and already in the audit log; everything else is reported.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === 'CredentialsSignin') return
      console.error(
        JSON.stringify({ level: 'error', event: 'auth', name: error.name, message: error.message }),
      )
    },
  },
  events: {
    // Auth.js's own sign-out endpoint (POST /api/auth/signout) only clears the cookie; the
    // session row is what counts, so it ends here too and a copied cookie stops working.
    async signOut(message) {
      const token = 'token' in message ? message.token : null
      const userId = Number(token?.sub)
      if (typeof token?.sid === 'string' && Number.isSafeInteger(userId))
        closeSession(token.sid, userId)
    },
  },
  providers: [
    Credentials({
      credentials: {
        email: { label: 'E-Mail' },
        password: { label: 'Passwort', type: 'password' },
      },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials)
        if (!parsed.success) return null
        const result = await authenticate({
          ...parsed.data,
          clientAddress: request.headers.get('x-clusterportal-client'),
          userAgent: request.headers.get('user-agent'),
        })
        if (!result.ok) {
          if (result.reason === 'locked') throw new AccountLocked()
          return null
        }
        return { id: String(result.userId), sid: result.sessionId, role: result.role }
      },
    }),
  ],
})
