'use client'

import { useEffect, useRef, useState } from 'react'

/*
 * With JavaScript, a marker under the pointer or the keyboard focus shows the partner's name
 * and logo beside it. The name is the link's own accessible name, so the box is hidden from
 * assistive technology; without JavaScript nothing is lost.
 */

type Tip = { name: string; logo: string | null; left: number; top: number }

export function MapHover() {
  const anchor = useRef<HTMLSpanElement>(null)
  const [tip, setTip] = useState<Tip | null>(null)

  useEffect(() => {
    const area = anchor.current?.parentElement
    if (!area) return
    const show = (event: Event) => {
      const link = (event.target as Element | null)?.closest?.('a[aria-label]')
      if (!link || !area.contains(link)) return
      const box = link.getBoundingClientRect()
      const frame = area.getBoundingClientRect()
      setTip({
        name: link.getAttribute('aria-label') ?? '',
        logo: link.getAttribute('data-logo'),
        left: box.left + box.width / 2 - frame.left,
        top: box.top - frame.top,
      })
    }
    const hide = () => setTip(null)
    area.addEventListener('pointerover', show)
    area.addEventListener('focusin', show)
    area.addEventListener('pointerleave', hide)
    area.addEventListener('focusout', hide)
    return () => {
      area.removeEventListener('pointerover', show)
      area.removeEventListener('focusin', show)
      area.removeEventListener('pointerleave', hide)
      area.removeEventListener('focusout', hide)
    }
  }, [])

  return (
    <span ref={anchor}>
      {tip ? (
        <span
          aria-hidden="true"
          data-testid="karte-hinweis"
          className="pointer-events-none absolute z-10 flex max-w-64 -translate-x-1/2 -translate-y-full flex-col items-center gap-1 rounded border border-slate-300 bg-white px-3 py-2 text-center text-sm font-medium text-ink shadow"
          style={{ left: tip.left, top: tip.top - 6 }}
        >
          {tip.logo ? (
            // eslint-disable-next-line @next/next/no-img-element -- the portal's own image route
            <img src={tip.logo} alt="" className="max-h-10 w-auto" />
          ) : null}
          {tip.name}
        </span>
      ) : null}
    </span>
  )
}
