import { describe, expect, it } from 'vitest'
import { startCommand } from './server'

describe('the start command the bench copies', () => {
  it('takes the environment assignments and the Node flags of the start script', () => {
    expect(
      startCommand('MALLOC_ARENA_MAX=2 node --max-old-space-size=160 server-cluster.mjs'),
    ).toEqual({
      env: { MALLOC_ARENA_MAX: '2' },
      flags: ['--max-old-space-size=160'],
    })
    expect(startCommand('node server-cluster.mjs')).toEqual({ env: {}, flags: [] })
  })
})
