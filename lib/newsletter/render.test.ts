import { describe, expect, it } from 'vitest'
import { renderConfirmMail, renderIssueMail } from './render'
import { newsletterText } from './texts'

const site = { name: 'Clusterportal', url: 'https://portal.example.org' }
const links = {
  unsubscribe: 'https://portal.example.org/en/newsletter/unsubscribe?key=k',
  settings: 'https://portal.example.org/en/newsletter/settings?key=k',
}

describe('the language of the newsletter mails', () => {
  it('writes the confirmation mail in English for an English subscriber', () => {
    const mail = renderConfirmMail({ link: 'https://x.example/c?token=t', site, locale: 'en' })
    expect(mail.subject).toBe('Please confirm your newsletter subscription')
    expect(mail.text).toContain('subscribed this address to the newsletter of Clusterportal')
    expect(mail.text).toContain('https://x.example/c?token=t')
    expect(mail.html).toContain('<html lang="en">')
    expect(mail.html).toContain('Confirm subscription')
    expect(mail.text).not.toMatch(/Anmeldung|Guten Tag/)
  })

  it('writes it in German for a German subscriber and when no language is known', () => {
    for (const locale of ['de', undefined] as const) {
      const mail = renderConfirmMail({ link: 'https://x.example/c', site, locale })
      expect(mail.subject).toBe('Bitte bestätigen Sie Ihre Newsletter-Anmeldung')
      expect(mail.html).toContain('<html lang="de">')
      expect(mail.html).toContain('Anmeldung bestätigen')
    }
  })

  it('gives an issue the footer of the subscriber’s language and keeps the editor’s text', () => {
    const issue = {
      subject: 'Neues aus dem Netzwerk',
      intro: 'Hallo **Netzwerk**',
      items: [
        {
          type: 'news' as const,
          title: 'Förderrunde',
          url: 'https://portal.example.org/aktuelles/f',
          summary: 'Kurz',
          meta: null,
          imageUrl: null,
        },
      ],
      site,
      links,
    }
    const english = renderIssueMail({ ...issue, locale: 'en' })
    expect(english.subject).toBe('Neues aus dem Netzwerk')
    expect(english.text).toContain('Hallo **Netzwerk**')
    expect(english.text).toContain('NEWS')
    expect(english.text).toContain(
      'You receive this e-mail because you subscribed to the newsletter of Clusterportal.',
    )
    expect(english.text).toContain(`Unsubscribe from the newsletter: ${links.unsubscribe}`)
    expect(english.html).toContain('Change topics')
    expect(english.text).not.toContain('abbestellen')

    const german = renderIssueMail({ ...issue, locale: 'de' })
    expect(german.text).toContain('MELDUNGEN')
    expect(german.text).toContain('Sie erhalten diese E-Mail, weil Sie den Newsletter')
    expect(german.html).toContain('Themen ändern')
  })

  it('keeps the consent text in the language it was shown in', () => {
    expect(newsletterText('en').consent).toMatch(/^I would like to receive the newsletter/)
    expect(newsletterText('de').consent).toMatch(/^Ich möchte den Newsletter/)
    expect(newsletterText('en').topics).toEqual({ news: 'News', events: 'Events' })
  })
})
