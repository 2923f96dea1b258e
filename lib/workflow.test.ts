import { describe, expect, it } from 'vitest'
import { availableIntents, statusAfterSave, statusAfterTransition } from './workflow'

const at = new Date('2026-11-21T12:00:00Z')
const later = new Date('2026-11-22T12:00:00Z')

describe('statusAfterSave', () => {
  it('lets partners only draft and submit their own proposals', () => {
    expect(statusAfterSave('partner', null, 'save', null, at)).toEqual({
      status: 'draft',
      publishAt: null,
    })
    expect(statusAfterSave('partner', 'draft', 'submit', null, at)).toEqual({
      status: 'in_review',
      publishAt: null,
    })
    expect(statusAfterSave('partner', 'draft', 'publish', null, at)).toHaveProperty('error')
    expect(statusAfterSave('partner', 'draft', 'schedule', later, at)).toHaveProperty('error')
    expect(statusAfterSave('partner', 'published', 'save', null, at)).toHaveProperty('error')
  })
  it('lets editors publish and schedule, only into the future', () => {
    expect(statusAfterSave('editor', 'draft', 'publish', null, at)).toEqual({
      status: 'published',
      publishAt: null,
    })
    expect(statusAfterSave('editor', 'draft', 'schedule', later, at)).toEqual({
      status: 'scheduled',
      publishAt: later,
    })
    expect(statusAfterSave('editor', 'draft', 'schedule', at, at)).toHaveProperty('error')
    expect(statusAfterSave('editor', 'draft', 'schedule', null, at)).toHaveProperty('error')
    expect(statusAfterSave('admin', 'published', 'save', null, at)).toEqual({
      status: 'published',
      publishAt: null,
    })
    expect(statusAfterSave('editor', null, 'save', null, at)).toEqual({
      status: 'draft',
      publishAt: null,
    })
  })
})

describe('statusAfterTransition', () => {
  it('withdraws and archives for editors only', () => {
    expect(statusAfterTransition('editor', 'published', 'withdraw')).toEqual({
      status: 'draft',
      publishAt: null,
    })
    expect(statusAfterTransition('editor', 'published', 'archive')).toEqual({
      status: 'archived',
      publishAt: null,
    })
    expect(statusAfterTransition('partner', 'draft', 'archive')).toHaveProperty('error')
    expect(statusAfterTransition('editor', 'draft', 'withdraw')).toHaveProperty('error')
  })
})

describe('availableIntents', () => {
  it('shows partners no buttons on published items', () => {
    expect(availableIntents('partner', 'published')).toEqual([])
    expect(availableIntents('partner', null)).toEqual(['save', 'submit'])
    expect(availableIntents('editor', 'published')).toContain('publish')
  })
})
