/** Public pages the browser tests visit: every page type, with demo content. */
export const PUBLIC_PAGES = [
  '/',
  '/partner',
  '/partner?q=hochschule&buchstabe=H',
  '/partner/karte',
  '/partner/karte?land=nordrhein-westfalen',
  '/partner/wissenschaftseinrichtungen-hochschulen-und-hochschulverbaende/technische-hochschule-beispielstadt',
  '/aktuelles',
  '/aktuelles/delegationen-aus-katalonien-und-frankreich-zu-gast-in-owl',
  '/aktuelles/go-cluster-vorhang-auf-fuer-clusterinitiativen',
  '/veranstaltungen',
  '/veranstaltungen/digitalgipfel-owl-2020',
  '/veranstaltungen/archiv',
  '/suche?q=digital',
  '/suche',
  '/impressum',
  '/gibt-es-nicht',
]
