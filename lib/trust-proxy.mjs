// TRUST_PROXY: how many reverse proxies stand in front of the portal. Read strictly, because a
// value misread as 0 would make every visitor share the proxy's address (one login throttle for
// all), and one misread as too high would let clients choose their own address.

const MAX_HOPS = 10

/** @param {string | undefined} value @returns {number} */
export function parseTrustProxy(value) {
  const text = (value ?? '').trim().toLowerCase()
  if (text === '' || text === 'false') return 0
  if (text === 'true') return 1
  if (/^\d{1,2}$/.test(text) && Number(text) <= MAX_HOPS) return Number(text)
  throw new Error(
    `TRUST_PROXY=„${value}“ ist kein gültiger Wert. Erlaubt: false oder 0 (kein Proxy), true oder 1 (ein Proxy), 2 bis ${MAX_HOPS} (so viele Proxys hintereinander).`,
  )
}
