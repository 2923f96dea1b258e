import NextAuth, { CredentialsSignin } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import { z } from 'zod'
import { authConfig } from './auth.config'
import {
  authenticate,
  closeSession,
  redeemLoginTicket,
  rememberPendingLogin,
} from './db/auth/sign-in'

export class AccountLocked extends CredentialsSignin {
  override code = 'locked'
}

/** The password was right; the second step (code or passkey) is still due. No session yet. */
export class SecondFactorRequired extends CredentialsSignin {
  override code = 'second_factor'
}

const ticketSchema = z.object({ ticket: z.string().min(20).max(200) })

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
        const client = {
          clientAddress: request.headers.get('x-clusterportal-client'),
          userAgent: request.headers.get('user-agent'),
        }
        // A login that passed its second step (or a passkey) comes back with a single-use ticket.
        const ticket = ticketSchema.safeParse(credentials)
        if (ticket.success) {
          const redeemed = redeemLoginTicket(ticket.data.ticket, client)
          return redeemed.ok
            ? { id: String(redeemed.userId), sid: redeemed.sessionId, role: redeemed.role }
            : null
        }
        const parsed = credentialsSchema.safeParse(credentials)
        if (!parsed.success) return null
        const result = await authenticate({ ...parsed.data, ...client })
        if (!result.ok) {
          if (result.reason === 'locked') throw new AccountLocked()
          if (result.reason === 'second_factor') {
            await rememberPendingLogin(result.pendingToken)
            throw new SecondFactorRequired()
          }
          return null
        }
        return { id: String(result.userId), sid: result.sessionId, role: result.role }
      },
    }),
  ],
})
