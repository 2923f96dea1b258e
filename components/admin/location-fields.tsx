'use client'

import { useTranslations } from 'next-intl'
import { SelectField, TextArea, TextField } from './fields'
import { LocationPicker } from './location-picker'
import { STATES } from '@/lib/geo/states'

/*
 * Address, federal state and position of a partner: the same fields in the editors' form and
 * in the partner's own proposal. The portal calls no geocoder: the position is typed in, or
 * (with JavaScript) clicked on the map beside the fields.
 */
export function LocationFields() {
  const t = useTranslations('admin.editor.location')
  return (
    <section className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="text-lg font-semibold">{t('heading')}</h2>
      <div className="grid gap-5 sm:grid-cols-[2fr_1fr_2fr]">
        <TextField name="street" label={t('street')} autoComplete="street-address" />
        <TextField
          name="postalCode"
          label={t('postalCode')}
          autoComplete="postal-code"
          maxLength={5}
        />
        <TextField name="city" label={t('city')} autoComplete="address-level2" />
      </div>
      <SelectField
        name="state"
        label={t('state')}
        options={[
          { value: '', label: t('noState') },
          ...STATES.map((s) => ({ value: s.code, label: s.name })),
        ]}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="lat" label={t('lat')} hint={t('latHint')} />
        <TextField name="lon" label={t('lon')} hint={t('lonHint')} />
      </div>
      <LocationPicker />
      <TextArea name="sites" label={t('sites')} rows={3} hint={t('sitesHint')} />
    </section>
  )
}
