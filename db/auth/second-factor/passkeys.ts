import 'server-only'
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server'
import { and, asc, eq } from 'drizzle-orm'
import type { Db } from '../../client'
import { passkeys, users } from '../../schema'
import { writeTransaction, type Tx } from '../../tx'
import { createChallenge, takeChallenge, WEBAUTHN_CHALLENGE_MS } from '../challenges'
import { now } from '@/lib/clock'
import { SITE } from '@/lib/site'

/*
 * Passkeys (WebAuthn) with @simplewebauthn/server. The relying party id and the expected origin
 * come from SITE_URL, never from a request header, so a request through another host name cannot
 * register or use a passkey. Every ceremony's challenge is stored in the database and used up by
 * the first answer, right or wrong. User verification is required for registering and signing in.
 */

export function relyingParty() {
  const url = new URL(SITE.url)
  return { rpID: url.hostname, origin: url.origin, rpName: SITE.name }
}

export type PasskeyInfo = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null }

export function listPasskeys(db: Db, userId: number): PasskeyInfo[] {
  return db
    .select({
      id: passkeys.id,
      name: passkeys.name,
      createdAt: passkeys.createdAt,
      lastUsedAt: passkeys.lastUsedAt,
    })
    .from(passkeys)
    .where(eq(passkeys.userId, userId))
    .orderBy(asc(passkeys.createdAt))
    .all()
}

function transportsOf(value: string | null): string[] | undefined {
  if (!value) return undefined
  try {
    const parsed: unknown = JSON.parse(value)
    return Array.isArray(parsed) ? parsed.filter((t) => typeof t === 'string') : undefined
  } catch {
    return undefined
  }
}

export async function registrationOptions(
  db: Db,
  user: { id: number; email: string; name: string },
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const rp = relyingParty()
  const existing = db
    .select({ id: passkeys.id, transports: passkeys.transports })
    .from(passkeys)
    .where(eq(passkeys.userId, user.id))
    .all()
  const options = await generateRegistrationOptions({
    rpName: rp.rpName,
    rpID: rp.rpID,
    userName: user.email,
    userDisplayName: user.name,
    userID: new TextEncoder().encode(`user-${user.id}`),
    attestationType: 'none',
    excludeCredentials: existing.map((key) => ({
      id: key.id,
      transports: transportsOf(key.transports),
    })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  })
  createChallenge(db, {
    kind: 'passkey_register',
    userId: user.id,
    token: options.challenge,
    value: options.challenge,
    lifetimeMs: WEBAUTHN_CHALLENGE_MS,
  })
  return options
}

/** Checks a registration answer; the new passkey's id, or null when it does not verify. */
export async function registerPasskey(
  db: Db,
  userId: number,
  name: string,
  response: RegistrationResponseJSON,
): Promise<string | null> {
  const rp = relyingParty()
  const challenge = clientChallenge(response.response.clientDataJSON)
  const stored = challenge ? takeChallenge(db, 'passkey_register', challenge) : null
  if (!stored || stored.userId !== userId || !stored.value) return null
  let verification
  try {
    verification = await verifyRegistrationResponse({
      response,
      expectedChallenge: stored.value,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      requireUserVerification: true,
    })
  } catch {
    return null
  }
  if (!verification.verified) return null
  const { credential } = verification.registrationInfo
  const inserted = db
    .insert(passkeys)
    .values({
      id: credential.id,
      userId,
      name,
      publicKey: Buffer.from(credential.publicKey),
      counter: credential.counter,
      transports: credential.transports ? JSON.stringify(credential.transports) : null,
      createdAt: now(),
    })
    .onConflictDoNothing()
    .run()
  return inserted.changes === 1 ? credential.id : null
}

/** The challenge the browser signed, read from its client data (checked again by the library). */
function clientChallenge(clientDataJSON: string): string | null {
  try {
    const data: unknown = JSON.parse(Buffer.from(clientDataJSON, 'base64url').toString('utf8'))
    const challenge = (data as { challenge?: unknown }).challenge
    return typeof challenge === 'string' && challenge.length <= 200 ? challenge : null
  } catch {
    return null
  }
}

/**
 * Options to sign in: without a user (a discoverable passkey picks the account) or for the
 * second step of a pending login (only that user's passkeys).
 */
export async function authenticationOptions(
  db: Db,
  userId: number | null,
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const rp = relyingParty()
  const allow =
    userId === null
      ? undefined
      : db
          .select({ id: passkeys.id, transports: passkeys.transports })
          .from(passkeys)
          .where(eq(passkeys.userId, userId))
          .all()
          .map((key) => ({ id: key.id, transports: transportsOf(key.transports) }))
  const options = await generateAuthenticationOptions({
    rpID: rp.rpID,
    allowCredentials: allow,
    userVerification: 'required',
  })
  createChallenge(db, {
    kind: 'passkey_login',
    userId,
    token: options.challenge,
    value: options.challenge,
    lifetimeMs: WEBAUTHN_CHALLENGE_MS,
  })
  return options
}

export type PasskeyCheck =
  | { ok: true; userId: number; passkeyId: string }
  | { ok: false; userId: number | null; reason: string }

/**
 * Checks a sign-in answer. `forUser`: the user of a pending login; the passkey must be theirs
 * and the challenge must have been issued for them.
 */
export async function verifyPasskey(
  db: Db,
  response: AuthenticationResponseJSON,
  forUser: number | null,
): Promise<PasskeyCheck> {
  const rp = relyingParty()
  const challenge = clientChallenge(response.response.clientDataJSON)
  const stored = challenge ? takeChallenge(db, 'passkey_login', challenge) : null
  if (!stored || !stored.value || stored.userId !== forUser)
    return { ok: false, userId: forUser, reason: 'challenge' }
  const key = db
    .select({
      id: passkeys.id,
      userId: passkeys.userId,
      publicKey: passkeys.publicKey,
      counter: passkeys.counter,
      transports: passkeys.transports,
      state: users.state,
    })
    .from(passkeys)
    .innerJoin(users, eq(users.id, passkeys.userId))
    .where(eq(passkeys.id, String(response.id).slice(0, 1400)))
    .get()
  if (!key || key.state !== 'active' || (forUser !== null && key.userId !== forUser))
    return { ok: false, userId: key?.userId ?? forUser, reason: 'unknown_passkey' }
  let verification
  try {
    verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge: stored.value,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      requireUserVerification: true,
      credential: {
        id: key.id,
        publicKey: new Uint8Array(key.publicKey),
        counter: key.counter,
        transports: transportsOf(key.transports),
      },
    })
  } catch {
    return { ok: false, userId: key.userId, reason: 'signature' }
  }
  if (!verification.verified) return { ok: false, userId: key.userId, reason: 'signature' }
  writeTransaction(db, (tx) =>
    tx
      .update(passkeys)
      .set({ counter: verification.authenticationInfo.newCounter, lastUsedAt: now() })
      .where(eq(passkeys.id, key.id))
      .run(),
  )
  return { ok: true, userId: key.userId, passkeyId: key.id }
}

export function removePasskey(db: Tx | Db, userId: number, passkeyId: string): string | null {
  const removed = db
    .delete(passkeys)
    .where(and(eq(passkeys.id, passkeyId), eq(passkeys.userId, userId)))
    .returning({ name: passkeys.name })
    .get()
  return removed?.name ?? null
}
