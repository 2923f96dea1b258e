import { handlers } from '@/auth'

// Auth.js endpoints (session, CSRF token, credentials callback, sign-out). Public by design:
// they authenticate, and every login through them runs the same throttled check.
export const { GET, POST } = handlers
