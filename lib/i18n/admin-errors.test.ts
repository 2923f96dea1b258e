import { describe, expect, it } from 'vitest'
import { localizeActionState, localizeFieldErrors, translateError } from './admin-errors'
import catalog from '../../messages/admin/errors.en.json'

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

  it('write numbers the English way', () => {
    expect(
      translateError('Die Kurzbeschreibung darf höchstens 1.000 Zeichen lang sein.', 'en'),
    ).toBe('The short description may be at most 1,000 characters long.')
    expect(
      translateError(
        'Der Breitengrad muss eine Zahl zwischen 47 und 55,1 sein (Deutschland und Umgebung).',
        'en',
      ),
    ).toBe('The latitude must be a number between 47 and 55.1 (Germany and its surroundings).')
  })

  it('count in English', () => {
    expect(
      translateError('„Forschung“ hat noch 1 Partner und kann nicht gelöscht werden.', 'en'),
    ).toBe('“Forschung” still has 1 partner and cannot be deleted.')
    expect(
      translateError('„Forschung“ hat noch 3 Partner und kann nicht gelöscht werden.', 'en'),
    ).toBe('“Forschung” still has 3 partners and cannot be deleted.')
  })

  it('take a name over as it was typed, braces and all', () => {
    expect(translateError('Der Passkey „Mein {Laptop}“ ist gespeichert.', 'en')).toBe(
      'The passkey “Mein {Laptop}” is saved.',
    )
  })

  it('translate a message within a message', () => {
    expect(
      translateError(
        'Zeile 2: Ein Standort braucht einen Breitengrad. (Form: Bezeichnung; Ort; Breite; Länge).',
        'en',
      ),
    ).toBe('Line 2: A site needs a latitude. (form: name; town; latitude; longitude).')
    expect(translateError('Feld „postalCode“: Die Postleitzahl hat fünf Ziffern.', 'en')).toBe(
      'Field “postalCode”: The postcode has five digits.',
    )
  })

  it('tell a success message with a note from the one without', () => {
    const note = ' Ohne SMTP_URL wird nichts verschickt; die Nachrichten warten im Postausgang.'
    expect(translateError('Der Testversand an a@example.org steht im Postausgang.', 'en')).toBe(
      'The test mail to a@example.org is in the outbox.',
    )
    expect(
      translateError(`Der Testversand an a@example.org steht im Postausgang.${note}`, 'en'),
    ).toBe(
      'The test mail to a@example.org is in the outbox. Without SMTP_URL nothing is sent; the messages wait in the outbox.',
    )
  })

  it('leave a built message German when its label is not in the catalog', () => {
    expect(translateError('Die Farbe fehlt.', 'en')).toBe('Die Farbe fehlt.')
  })

  it('have an English text for every pattern that formats without a gap', () => {
    const sample: Record<string, string> = {
      label: 'Der Titel',
      text: 'Beispiel',
      message: 'Datei ist leer',
      n: '3',
      ref: '1a2b3c4d',
    }
    for (const german of Object.keys(catalog.patterns)) {
      const instance = german.replace(/\{([a-z]+)\d*\}/g, (_, kind: string) => sample[kind] ?? '')
      const english = translateError(instance, 'en')
      expect(english, german).not.toBe(instance)
      expect(english, german).not.toMatch(/[{}]|patterns\.p\d/)
    }
  })
})
