/** The portal's one source of "now", so scheduling can be tested without waiting. */
export function now(): Date {
  return new Date()
}
