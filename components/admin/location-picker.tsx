'use client'

import { useTranslations } from 'next-intl'
import { useMemo, useState, useSyncExternalStore, type MouseEvent } from 'react'
import { useFormContext, useWatch, type FieldValues } from 'react-hook-form'
import { mapView, outlinePaths } from '@/lib/geo/map'
import { coordinateOf, formatCoordinate, pointOf, positionAt } from '@/lib/geo/pick'
import { stateByCode } from '@/lib/geo/states'

/*
 * Click-to-place beside the latitude and longitude fields: the state chosen in the form (or
 * Germany) drawn with the public map's projection; a click writes the clicked place into the
 * two fields, a marker shows what they hold, and typing in them moves it. The map needs a
 * pointer and JavaScript, so it is drawn only once the script runs; the fields stay the way in
 * for everyone else.
 */

const noSubscription = () => () => {}

export function LocationPicker() {
  const t = useTranslations('admin.editor.location')
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  const { setValue, control } = useFormContext<FieldValues>()
  const [lat, lon, stateCode, street, postalCode, city] = useWatch({
    control,
    name: ['lat', 'lon', 'state', 'street', 'postalCode', 'city'],
  }) as unknown[]
  const state = stateByCode(typeof stateCode === 'string' ? stateCode : null)
  const view = useMemo(() => mapView(state ? { state: state.code } : null), [state])
  const outlines = useMemo(() => outlinePaths(view), [view])
  const [notice, setNotice] = useState('')

  if (!hydrated) return null

  const latValue = coordinateOf(lat)
  const lonValue = coordinateOf(lon)
  const marker =
    latValue !== null && lonValue !== null ? pointOf(view, { lat: latValue, lon: lonValue }) : null

  const place = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect()
    const x = ((event.clientX - box.left) / box.width) * view.width
    const y = ((event.clientY - box.top) / box.height) * view.height
    const position = positionAt(view, x, y)
    if (!position) {
      setNotice(t('outside'))
      return
    }
    const options = { shouldDirty: true, shouldTouch: true, shouldValidate: true }
    setValue('lat', formatCoordinate(position.lat), options)
    setValue('lon', formatCoordinate(position.lon), options)
    setNotice(
      t('placed', { lat: formatCoordinate(position.lat), lon: formatCoordinate(position.lon) }),
    )
  }

  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
  const addressLines = [
    text(street),
    [text(postalCode), text(city)].filter(Boolean).join(' '),
    state?.name ?? '',
  ].filter(Boolean)

  return (
    <div className="grid gap-4 sm:grid-cols-[minmax(0,20rem)_1fr]" data-testid="position-karte">
      <svg
        viewBox={`0 0 ${view.width} ${view.height}`}
        aria-hidden="true"
        onClick={place}
        className="h-auto w-full cursor-crosshair rounded border border-slate-300 bg-sky-50"
      >
        {outlines.states.map((s) => (
          <path
            key={s.code}
            d={s.d}
            className={s.code === state?.code ? 'fill-brand-50' : 'fill-white'}
          />
        ))}
        <path d={outlines.borders} className="fill-none stroke-slate-400" strokeWidth={0.8} />
        <path d={outlines.country} className="fill-none stroke-slate-600" strokeWidth={1.2} />
        {marker ? (
          <circle
            data-testid="position-markierung"
            cx={Math.round(marker[0])}
            cy={Math.round(marker[1])}
            r={7}
            className="pointer-events-none fill-brand-800 stroke-white"
            strokeWidth={2}
          />
        ) : null}
      </svg>
      <div className="text-sm">
        <p className="text-muted">
          {t('help')} {t('shown', { name: state ? state.name : t('germany') })}
        </p>
        {addressLines.length > 0 ? (
          <address className="mt-2 not-italic">
            {addressLines.map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
          </address>
        ) : null}
        {latValue !== null && lonValue !== null && !marker ? (
          <p className="mt-2">{t('markerOutside')}</p>
        ) : null}
        <p className="mt-2 font-medium" aria-live="polite">
          {notice}
        </p>
      </div>
    </div>
  )
}
