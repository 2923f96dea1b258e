// Load shedding for the renders the page cache cannot answer (used by server.mjs).
//
// One process renders with one JavaScript thread: when more renders are started than it can
// finish, every one of them gets slower until all visitors wait seconds. So at most `limit`
// renders run at a time, a few more wait in a short queue, and the rest are answered at once with
// 503 and `Retry-After`, which costs next to nothing. Cached pages never reach this gate.
//
// Searches are the one kind of render a single client can ask for without end (every new word
// is a new page), so each address also has a budget of uncached searches: a token bucket in
// this process's memory. It is not the database-backed limiter of db/auth/rate-limit.ts on
// purpose: that one counts logins inside a write transaction, and counting every search there
// would turn a flood of searches into a flood of writes on the one SQLite writer, which the
// editors need; a miscount after a restart only lets a client search a little more.

/**
 * At most `limit` tasks at a time; up to `queueLimit` wait, each at most `maxWaitMs`.
 * @param {{ limit: number, queueLimit: number, maxWaitMs: number,
 *   setTimer?: typeof setTimeout, clearTimer?: typeof clearTimeout }} options
 */
export function createRenderGate({
  limit,
  queueLimit,
  maxWaitMs,
  setTimer = setTimeout,
  clearTimer = clearTimeout,
}) {
  let active = 0
  /** @type {{ start: () => void, timer: ReturnType<typeof setTimeout> | null }[]} */
  const queue = []
  const stats = { started: 0, queued: 0, shed: 0, timedOut: 0 }

  function release() {
    active--
    while (queue.length > 0 && active < limit) {
      const next = queue.shift()
      if (next.timer) clearTimer(next.timer)
      active++
      next.start()
    }
  }

  /**
   * Runs `start` now or when a slot frees up; `start` gets a `done` callback to call exactly
   * once. Calls `reject` instead when the queue is full or the wait too long.
   * @param {(done: () => void) => void} start
   * @param {(reason: 'full' | 'timeout') => void} reject
   * @returns {() => void} cancels a waiting task (the client went away)
   */
  function run(start, reject) {
    let finished = false
    const done = () => {
      if (finished) return
      finished = true
      release()
    }
    if (active < limit) {
      active++
      stats.started++
      start(done)
      return () => {}
    }
    if (queue.length >= queueLimit) {
      stats.shed++
      reject('full')
      return () => {}
    }
    stats.queued++
    const entry = {
      start: () => {
        stats.started++
        start(done)
      },
      timer: null,
    }
    entry.timer = setTimer(() => {
      const index = queue.indexOf(entry)
      if (index < 0) return
      queue.splice(index, 1)
      stats.timedOut++
      reject('timeout')
    }, maxWaitMs)
    queue.push(entry)
    return () => {
      const index = queue.indexOf(entry)
      if (index < 0) return
      queue.splice(index, 1)
      if (entry.timer) clearTimer(entry.timer)
    }
  }

  return {
    run,
    stats: () => ({ ...stats, active, waiting: queue.length }),
  }
}

/**
 * A token bucket per key: `capacity` requests at once, refilled at `perSecond`. At most
 * `maxKeys` keys are remembered (the longest unused go first), so made-up addresses cannot fill
 * the memory; a key forgotten that way starts again with a full bucket.
 * @param {{ capacity: number, perSecond: number, maxKeys?: number, now?: () => number }} options
 */
export function createTokenBuckets({ capacity, perSecond, maxKeys = 20000, now = Date.now }) {
  /** @type {Map<string, { tokens: number, at: number }>} */
  const buckets = new Map()

  /**
   * Takes one token for `key`: `{ allowed: true }`, or the seconds until one is there again.
   * @param {string} key
   * @returns {{ allowed: boolean, retryAfterSeconds: number }}
   */
  function take(key) {
    const at = now()
    const bucket = buckets.get(key)
    let tokens = capacity
    if (bucket) {
      tokens = Math.min(capacity, bucket.tokens + ((at - bucket.at) / 1000) * perSecond)
      buckets.delete(key)
    } else if (buckets.size >= maxKeys) {
      buckets.delete(buckets.keys().next().value)
    }
    if (tokens < 1) {
      buckets.set(key, { tokens, at })
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perSecond)) }
    }
    buckets.set(key, { tokens: tokens - 1, at })
    return { allowed: true, retryAfterSeconds: 0 }
  }

  return { take, size: () => buckets.size }
}

/** The key of an address: IPv4 as it is, IPv6 by its /64 network (one host often has many). */
export function addressKey(address) {
  const plain = String(address).replace(/^::ffff:/, '')
  if (!plain.includes(':')) return plain
  const [head = '', tail = ''] = plain.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = plain.includes('::')
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left
  return `${groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}

/** A positive integer from the environment, or the fallback. */
export function envInteger(value, fallback) {
  if (value === undefined || value === '') return fallback
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`keine ganze Zahl ≥ 0: ${value}`)
  return parsed
}

/** Pages whose query `q` starts a search: a new word is a new render. */
const SEARCH_PATHS = new Set(['/partner', '/suche'])

/** Whether the address asks for a search (a non-empty `q` on the directory or the site search). */
export function isSearchRequest(url = '/') {
  const mark = url.indexOf('?')
  if (mark < 0 || !SEARCH_PATHS.has(url.slice(0, mark))) return false
  try {
    return (new URLSearchParams(url.slice(mark + 1)).get('q') ?? '').trim() !== ''
  } catch {
    return false
  }
}

/**
 * Requests the gate lets through: built files, stored images, the health check, the server's
 * own expiry route, and the status pages a render asks for over the loopback while it holds its
 * slot (waiting for a slot there could wait for ever).
 */
const UNGATED =
  /^\/(?:_next\/static\/|bilder\/|api\/health(?:[/?]|$)|api\/intern\/|(?:admin\/)?_status\/)/

export function gated(url = '/') {
  return !UNGATED.test(url)
}

/**
 * At most `max` tasks per key at once: one address cannot fill the render queue with searches
 * and push everybody else into 503 before its budget runs out.
 * @param {number} max
 */
export function createPerKeyLimit(max) {
  /** @type {Map<string, number>} */
  const running = new Map()
  return {
    /** @param {string} key */
    enter(key) {
      const count = running.get(key) ?? 0
      if (count >= max) return false
      running.set(key, count + 1)
      return true
    },
    /** @param {string} key */
    leave(key) {
      const count = (running.get(key) ?? 1) - 1
      if (count <= 0) running.delete(key)
      else running.set(key, count)
    },
    size: () => running.size,
  }
}
