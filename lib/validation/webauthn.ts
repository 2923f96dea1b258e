import { z } from 'zod'

/**
 * A WebAuthn answer from the browser (registration or authentication), sent as JSON text: size
 * capped and parsed before anything reads it; `message` when it is not one.
 */
export function webauthnAnswer<T>(message: string) {
  return z
    .string()
    .max(20_000)
    .transform((text, ctx) => {
      try {
        const value: unknown = JSON.parse(text)
        if (value && typeof value === 'object' && 'id' in value && 'response' in value)
          return value as T
      } catch {}
      ctx.addIssue({ code: 'custom', message })
      return z.NEVER
    })
}
