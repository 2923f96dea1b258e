/* "Karte" / "Liste": the directory and the map, each reached with the filters kept. */

const TEXT = { label: 'Ansicht', map: 'Karte', list: 'Liste' } as const

export function PartnerViewSwitch({
  current,
  mapHref,
  listHref,
}: {
  current: 'map' | 'list'
  mapHref: string
  listHref: string
}) {
  const item = (active: boolean) =>
    `rounded px-4 py-1.5 font-medium ${active ? 'bg-brand-800 text-white' : 'text-brand-800 underline hover:bg-brand-50'}`
  return (
    <nav aria-label={TEXT.label} className="mt-4">
      <ul className="inline-flex gap-1 rounded border border-slate-300 p-1">
        <li>
          <a
            href={listHref}
            className={item(current === 'list')}
            aria-current={current === 'list' ? 'page' : undefined}
          >
            {TEXT.list}
          </a>
        </li>
        <li>
          <a
            href={mapHref}
            className={item(current === 'map')}
            aria-current={current === 'map' ? 'page' : undefined}
          >
            {TEXT.map}
          </a>
        </li>
      </ul>
    </nav>
  )
}
