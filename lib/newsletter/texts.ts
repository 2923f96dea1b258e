/*
 * Every visitor-facing text of the newsletter in one place (pages, forms, mails), so a second
 * language can follow by adding a sibling object. Subscribers store their locale already.
 */

export const NEWSLETTER_TOPICS = ['news', 'events'] as const
export type NewsletterTopic = (typeof NEWSLETTER_TOPICS)[number]
export type NewsletterLocale = 'de' | 'en'

export const NEWSLETTER_TEXT = {
  de: {
    title: 'Newsletter',
    lead: 'Die neuen Meldungen und Veranstaltungen aus dem Netzwerk per E-Mail. Kostenlos, jederzeit mit einem Klick abbestellbar.',
    email: 'E-Mail-Adresse',
    topicsLegend: 'Themen',
    topics: { news: 'Meldungen', events: 'Veranstaltungen' } as Record<NewsletterTopic, string>,
    submit: 'Newsletter abonnieren',
    footerTitle: 'Newsletter',
    home: 'Zur Startseite',
    footerSubmit: 'Abonnieren',
    /** The consent text; stored with each subscription as it was shown. */
    consent:
      'Ich möchte den Newsletter mit den gewählten Themen per E-Mail erhalten. Meine Einwilligung kann ich jederzeit über den Abmeldelink in jeder E-Mail widerrufen. Gespeichert werden die E-Mail-Adresse, die Themen sowie Zeitpunkt und IP-Adresse von Anmeldung und Bestätigung als Nachweis.',
    honeypot: 'Dieses Feld bitte leer lassen',
    accepted:
      'Danke! Wenn die Adresse noch nicht angemeldet ist, erhalten Sie gleich eine E-Mail mit einem Bestätigungslink. Erst nach der Bestätigung schicken wir Ihnen den Newsletter.',
    invalidEmail: 'Bitte eine gültige E-Mail-Adresse eingeben.',
    noTopic: 'Bitte mindestens ein Thema wählen.',
    confirmedTitle: 'Anmeldung bestätigt',
    confirmed: 'Vielen Dank, Ihre Anmeldung ist bestätigt. Sie erhalten ab jetzt den Newsletter.',
    confirmFailedTitle: 'Link ungültig',
    confirmFailed:
      'Dieser Bestätigungslink ist ungültig, schon benutzt oder abgelaufen (er gilt 48 Stunden). Bitte melden Sie sich noch einmal an.',
    unsubscribeTitle: 'Newsletter abbestellen',
    unsubscribeLead: 'Mit einem Klick auf den Knopf erhalten Sie keinen Newsletter mehr.',
    unsubscribeButton: 'Jetzt abbestellen',
    unsubscribedTitle: 'Abgemeldet',
    unsubscribed: 'Sie sind abgemeldet und erhalten keinen Newsletter mehr.',
    linkInvalid: 'Dieser Link ist ungültig.',
    settingsTitle: 'Newsletter-Themen ändern',
    settingsSaved: 'Ihre Themen sind gespeichert.',
    settingsSubmit: 'Themen speichern',
    privacy:
      'Der Newsletter enthält keine Zählpixel und keine Weiterleitungslinks: Wir erfahren nicht, ob oder wann Sie ihn öffnen oder worauf Sie klicken.',
    mail: {
      confirmSubject: 'Bitte bestätigen Sie Ihre Newsletter-Anmeldung',
      confirmBody: (link: string, site: string) =>
        `Guten Tag,\n\njemand – hoffentlich Sie – hat diese Adresse für den Newsletter von ${site} angemeldet. Bitte bestätigen Sie die Anmeldung über diesen Link (er gilt 48 Stunden und nur einmal):\n\n${link}\n\nWenn Sie das nicht waren, ignorieren Sie diese E-Mail einfach; Sie erhalten dann nichts weiter von uns.`,
      confirmButton: 'Anmeldung bestätigen',
      news: 'Meldungen',
      events: 'Veranstaltungen',
      readMore: 'Weiterlesen',
      unsubscribe: 'Newsletter abbestellen',
      settings: 'Themen ändern',
      footer: (site: string) =>
        `Sie erhalten diese E-Mail, weil Sie den Newsletter von ${site} abonniert haben.`,
      test: '[Test] ',
    },
  },
} as const

export function newsletterText(locale: NewsletterLocale = 'de') {
  // English texts come with the English site; until then every subscriber reads German.
  void locale
  return NEWSLETTER_TEXT.de
}
