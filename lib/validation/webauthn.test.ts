import { describe, expect, it } from 'vitest'
import { webauthnAnswer } from './webauthn'

describe('webauthnAnswer', () => {
  const schema = webauthnAnswer<{ id: string }>('Die Antwort des Passkeys ist unvollständig.')

  it('takes a JSON answer with an id and a response', () => {
    const answer = { id: 'abc', response: { clientDataJSON: 'x' }, type: 'public-key' }
    expect(schema.parse(JSON.stringify(answer))).toEqual(answer)
  })

  it.each([
    ['text that is not JSON', 'kein JSON'],
    ['JSON without a response', JSON.stringify({ id: 'abc' })],
    ['a JSON string', JSON.stringify('abc')],
    ['null', 'null'],
  ])('refuses %s with the German message', (_, text) => {
    const result = schema.safeParse(text)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('Die Antwort des Passkeys ist unvollständig.')
  })

  it('refuses an answer over 20,000 characters before parsing it', () => {
    const huge = JSON.stringify({ id: 'a', response: { x: 'y'.repeat(20_000) } })
    expect(schema.safeParse(huge).success).toBe(false)
  })
})
