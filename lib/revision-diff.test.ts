import { describe, expect, it } from 'vitest'
import { diffSnapshots, NEWS_FIELDS } from './revision-diff'

describe('diffSnapshots', () => {
  it('lists only changed fields with added and removed words', () => {
    const diff = diffSnapshots(
      { title: 'Alter Titel', body: 'Eins zwei drei', tagNames: ['A'] },
      { title: 'Alter Titel', body: 'Eins vier drei', tagNames: ['A', 'B'] },
      NEWS_FIELDS,
    )
    expect(diff.map((d) => d.key)).toEqual(['body', 'tagNames'])
    const body = diff[0]!.parts
    expect(body.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual(['zwei'])
    expect(body.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['vier'])
  })
})
