/*
 * The made-up but plausible content of the generated fixtures (scripts/generate-fixtures.ts):
 * names, quotes and profile texts drawn from word lists with a seeded random number generator.
 */

export function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const CATEGORIES: [string, number][] = [
  ['Unternehmen und Stiftungen', 45],
  ['Wissenschaftseinrichtungen, Hochschulen und Hochschulverbände', 10],
  ['Forschungsorganisationen und Forschungsverbünde', 8],
  ['Vereine und Verbände', 10],
  ['Wirtschaftsförderungen und Kammern', 7],
  ['Kommunen und Kreise', 6],
  ['Schulen und Bildungseinrichtungen', 6],
  ['Netzwerke und Initiativen', 5],
  ['Stiftungen und Förderer', 3],
]
export const SURNAMES = [
  'Müller',
  'Schäfer',
  'Weiß',
  'Groß',
  'Köhler',
  'Brückner',
  'Becker',
  'Hoffmann',
  'Schröder',
  'Krüger',
  'Wöhrmann',
  'Strauß',
  'Meyer',
  'Böhm',
  'Lange',
  'Jäger',
  'Fuchs',
  'Günther',
  'Vogt',
  'Sommer',
  'Dietrich',
  'Ölschläger',
  'Überall',
  'Zimmermann',
  'Hartmann',
  'Franke',
  'Kühn',
  'Engel',
  'Stühmer',
  'Ahlers',
]
export const TRADES = [
  'Maschinenbau',
  'Automation',
  'Antriebstechnik',
  'Software',
  'Elektrotechnik',
  'Medizintechnik',
  'Kunststofftechnik',
  'Straßenbau',
  'Sensorik',
  'Robotik',
  'Logistik',
  'Verpackungstechnik',
  'Holzverarbeitung',
  'Lebensmitteltechnik',
  'Energietechnik',
  'Umwelttechnik',
  'Präzisionsteile',
  'Messtechnik',
  'Datenanalyse',
  'Gießerei',
]
const FORMS = ['GmbH', 'GmbH & Co. KG', 'AG', 'KG', 'e.K.', 'SE']
export const CITIES = [
  'Bielefeld',
  'Paderborn',
  'Gütersloh',
  'Detmold',
  'Minden',
  'Herford',
  'Lemgo',
  'Höxter',
  'Bünde',
  'Lübbecke',
  'Rheda-Wiedenbrück',
  'Bad Salzuflen',
  'Verl',
  'Löhne',
  'Warburg',
  'Lage',
  'Delbrück',
  'Espelkamp',
]
export const TOPICS = [
  'intelligente technische Systeme',
  'vernetzte Produktion',
  'künstliche Intelligenz',
  'Mensch-Maschine-Interaktion',
  'Ressourceneffizienz',
  'digitale Zwillinge',
  'additive Fertigung',
  'IT-Sicherheit in der Industrie',
  'Arbeit 4.0',
  'vorausschauende Wartung',
  'Kreislaufwirtschaft',
  'autonome Systeme',
]
const MINT_HEADINGS = [
  'Aktivitäten im MINT-Bereich',
  'Unsere Aktivitäten im MINT-Bereich',
  'Aktivitäten im MINT Bereich',
]

export function namesFor(
  category: string,
  rnd: () => number,
  pick: <T>(list: readonly T[]) => T,
  i: number,
): string {
  const city = pick(CITIES)
  switch (category) {
    case 'Wissenschaftseinrichtungen, Hochschulen und Hochschulverbände':
      return (
        pick([
          `Hochschule ${city}`,
          `Universität ${city}`,
          `Technische Hochschule ${city}-${pick(CITIES)}`,
          `Fachhochschule für ${pick(TRADES)} ${city}`,
        ]) + ` (${i})`
      )
    case 'Forschungsorganisationen und Forschungsverbünde':
      return `Institut für ${pick(TRADES)} und ${pick(TOPICS).replace(/^./, (c) => c.toUpperCase())} ${city} (${i})`
    case 'Vereine und Verbände':
      return `${pick(['Verein', 'Verband', 'Arbeitskreis'])} "${pick(TRADES)} ${city}" e.V. (${i})`
    case 'Wirtschaftsförderungen und Kammern':
      return `${pick(['Wirtschaftsförderung', 'Innovationsagentur', 'Kammerbezirk'])} ${city} (${i})`
    case 'Kommunen und Kreise':
      return `${pick(['Stadt', 'Kreis', 'Gemeinde'])} ${city} (${i})`
    case 'Schulen und Bildungseinrichtungen':
      return `${pick(['Berufskolleg', 'Gymnasium', 'zdi-Zentrum', 'Bildungswerk'])} ${city} ${pick(SURNAMES)} (${i})`
    case 'Netzwerke und Initiativen':
      return `Netzwerk ${pick(TRADES)} ${pick(['OWL', 'Lippe', 'Ostwestfalen'])} (${i})`
    case 'Stiftungen und Förderer':
      return `${pick(SURNAMES)}-Stiftung ${city} (${i})`
    default:
      return `${pick(SURNAMES)}${rnd() < 0.3 ? ` & ${pick(SURNAMES)}` : ''} ${pick(TRADES)} ${pick(FORMS)} (${i})`
  }
}

export function body(name: string, rnd: () => number, pick: <T>(list: readonly T[]) => T): string {
  const city = pick(CITIES)
  const topic = pick(TOPICS)
  const paragraphs = [
    `${name} mit Sitz in ${city} arbeitet an ${topic} und ${pick(TOPICS)}. Gemeinsam mit Partnern aus dem Cluster entstehen neue Produkte, Verfahren und Dienstleistungen für Unternehmen der Region.`,
    `Schwerpunkte sind ${pick(TRADES)}, ${pick(TRADES)} und ${pick(TRADES)}. In Transferprojekten werden Ergebnisse aus der Forschung in die Praxis kleiner und mittlerer Unternehmen übertragen.`,
  ]
  if (rnd() < 0.5)
    paragraphs.push(
      `Seit ${2000 + Math.floor(rnd() * 25)} engagiert sich ${name} im Technologie-Netzwerk und bringt Erfahrung in ${topic} ein.`,
    )
  const sections = [
    `#### ${pick(MINT_HEADINGS)}`,
    '',
    `- Praktika und Abschlussarbeiten im Bereich ${pick(TRADES)}`,
    `- Angebote für Schülerinnen und Schüler zu ${pick(TOPICS)}`,
  ]
  if (rnd() < 0.4) sections.push("- Teilnahme am Girls'Day und an den Schülercamps des Clusters")
  if (rnd() < 0.5)
    sections.push(
      '',
      '#### Kontakt',
      '',
      `[www.beispiel-${Math.floor(rnd() * 1e6)}.de](https://www.example.org/${Math.floor(rnd() * 1e6)})`,
    )
  return [...paragraphs, '', ...sections].join('\n\n').replace(/\n{3,}/g, '\n\n')
}
