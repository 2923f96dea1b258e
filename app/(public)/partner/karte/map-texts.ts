/* The map's public wording in one place, so a second language can take it over as a whole. */

export const MAP_TEXT = {
  title: 'Partnerkarte',
  description:
    'Wo die Partner des Clusters sitzen: eine Karte aller Partner mit Standort, filterbar nach Kategorie, Suche und Bundesland.',
  areaTitle: 'Ausschnitt',
  mapLabel: (count: number) =>
    count === 1 ? 'Karte mit 1 Partner' : `Karte mit ${count} Partnern`,
  count: (count: number) =>
    count === 1 ? '1 Partner auf der Karte' : `${count} Partner auf der Karte`,
  unplaced: (count: number) =>
    count === 1
      ? '1 weiterer Partner hat noch keinen Standort und steht nur in der Liste.'
      : `${count} weitere Partner haben noch keinen Standort und stehen nur in der Liste.`,
  searchLabel: 'Partner suchen',
  searchPlaceholder: 'Name, Thema oder Ort …',
  categoryLabel: 'Kategorie',
  allCategories: 'Alle Kategorien',
  stateLabel: 'Bundesland',
  allStates: 'Ganz Deutschland',
  apply: 'Anzeigen',
  reset: 'Alle Filter entfernen',
  wholeMap: 'Ganze Karte zeigen',
  switchLabel: 'Ansicht',
  map: 'Karte',
  list: 'Liste',
  legendTitle: 'Legende',
  legendPartner: 'ein Partner (Link zum Profil)',
  legendSite: 'weiterer Standort eines Partners',
  legendGroup: 'mehrere Partner nah beieinander (Zahl); Link vergrößert den Ausschnitt',
  legendState: 'gewähltes Bundesland',
  attribution: 'Grenzen: © GeoBasis-DE / BKG 2017 (vereinfacht)',
  listTitle: 'Partner auf der Karte',
  none: 'Keine Partner mit Standort gefunden.',
  unknownCategory: 'Diese Kategorie gibt es nicht.',
  partnerLabel: (name: string, place: string | null, site: string | null) =>
    [name, site ? `Standort ${site}` : null, place].filter(Boolean).join(', '),
  groupLabel: (count: number, place: string | null, zooms: boolean) =>
    `${count} Partner${place ? ` bei ${place}` : ''}${zooms ? ': Ausschnitt zeigen' : ': zur Liste'}`,
  groupHeading: (count: number, place: string | null) =>
    `${count} Partner${place ? ` bei ${place}` : ''}`,
  showArea: 'Ausschnitt zeigen',
} as const
