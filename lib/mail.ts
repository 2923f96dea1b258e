import nodemailer from 'nodemailer'

/*
 * Outgoing e-mail (invitations, password resets) over SMTP when SMTP_URL is set, e.g.
 * smtps://user:pass@mail.example.org:465. Without it nothing is sent and the caller shows the
 * link to an admin instead.
 */

export function mailConfigured(): boolean {
  return !!process.env.SMTP_URL
}

export function mailFrom(): string {
  return (
    process.env.MAIL_FROM ||
    `Clusterportal <noreply@${new URL(process.env.SITE_URL || 'http://localhost').hostname}>`
  )
}

/** The SMTP transport for SMTP_URL, or null without one. Timeouts keep a hung server finite. */
export function createMailTransport() {
  const url = process.env.SMTP_URL
  if (!url) return null
  return nodemailer.createTransport(url, {
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 120_000,
  })
}

export async function sendMail(message: {
  to: string
  subject: string
  text: string
}): Promise<boolean> {
  const transport = createMailTransport()
  if (!transport) return false
  await transport.sendMail({ from: mailFrom(), ...message })
  return true
}
