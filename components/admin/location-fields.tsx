'use client'

import { SelectField, TextArea, TextField } from './fields'
import { LocationPicker } from './location-picker'
import { STATES } from '@/lib/geo/states'

/*
 * Address, federal state and position of a partner: the same fields in the editors' form and
 * in the partner's own proposal. The portal calls no geocoder: the position is typed in, or
 * (with JavaScript) clicked on the map beside the fields.
 */
export function LocationFields() {
  return (
    <section className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="text-lg font-semibold">Standort (optional)</h2>
      <div className="grid gap-5 sm:grid-cols-[2fr_1fr_2fr]">
        <TextField name="street" label="Straße und Hausnummer" autoComplete="street-address" />
        <TextField name="postalCode" label="PLZ" autoComplete="postal-code" maxLength={5} />
        <TextField name="city" label="Ort" autoComplete="address-level2" />
      </div>
      <SelectField
        name="state"
        label="Bundesland"
        options={[
          { value: '', label: '– keine Angabe –' },
          ...STATES.map((s) => ({ value: s.code, label: s.name })),
        ]}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="lat" label="Breitengrad" hint="Dezimalgrad, z. B. 51,7189 (Paderborn)." />
        <TextField name="lon" label="Längengrad" hint="Dezimalgrad, z. B. 8,7575." />
      </div>
      <LocationPicker />
      <TextArea
        name="sites"
        label="Weitere Standorte"
        rows={3}
        hint="Ein Standort je Zeile: Bezeichnung; Ort; Breite; Länge – z. B. „Campus Lemgo; Lemgo; 52,0280; 8,9010“."
      />
    </section>
  )
}
