import { describe, expect, it } from 'vitest'
import { localizeActionState, localizeFieldErrors, translateError } from './admin-errors'

describe('backend messages in the interface language', () => {
  it('leave German as it is', () => {
    expect(translateError('Der Titel darf nicht leer sein.', 'de')).toBe(
      'Der Titel darf nicht leer sein.',
    )
  })

  it('translate a fixed message', () => {
    expect(translateError('Dafür fehlt Ihnen die Berechtigung.', 'en')).toBe(
      'You do not have permission to do that.',
    )
  })

  it('translate a message built from a field label, with the label and the number', () => {
    expect(translateError('Der Titel darf höchstens 200 Zeichen lang sein.', 'en')).toBe(
      'The title may be at most 200 characters long.',
    )
  })

  it('keep the error reference of a failed action', () => {
    expect(
      translateError(
        'Das hat nicht geklappt. Bitte versuchen Sie es noch einmal. (Fehlernummer 1a2b3c4d)',
        'en',
      ),
    ).toBe('That did not work. Please try again. (Error reference 1a2b3c4d)')
  })

  it('show an unknown message in German rather than nothing', () => {
    expect(translateError('Etwas ganz Neues.', 'en')).toBe('Etwas ganz Neues.')
  })

  it('translate an action answer and its field messages', () => {
    expect(
      localizeActionState(
        {
          ok: false,
          message: 'Bitte prüfen Sie die markierten Felder.',
          fieldErrors: { title: ['Der Titel fehlt.'] },
        },
        'en',
      ),
    ).toEqual({
      ok: false,
      message: 'Please check the marked fields.',
      fieldErrors: { title: ['The title is missing.'] },
    })
  })

  it('translate nested form errors and leave the field element alone', () => {
    const ref = { focus() {} }
    const errors = { links: [{ label: { message: 'Dieses Feld fehlt.', ref } }] }
    const localized = localizeFieldErrors(errors, 'en')
    expect(localized.links[0]!.label.message).toBe('This field is missing.')
    expect(localized.links[0]!.label.ref).toBe(ref)
    expect(errors.links[0]!.label.message).toBe('Dieses Feld fehlt.')
  })
})
