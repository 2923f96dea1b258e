import nodemailer from 'nodemailer'

/*
 * Outgoing e-mail (invitations, password resets) over SMTP when SMTP_URL is set, e.g.
 * smtps://user:pass@mail.example.org:465. Without it nothing is sent and the caller shows the
 * link to an admin instead.
 */

export function mailConfigured(): boolean {
  return !!process.env.SMTP_URL
}

export async function sendMail(message: {
  to: string
  subject: string
  text: string
}): Promise<boolean> {
  const url = process.env.SMTP_URL
  if (!url) return false
  const transport = nodemailer.createTransport(url)
  await transport.sendMail({
    from:
      process.env.MAIL_FROM ||
      `Clusterportal <noreply@${new URL(process.env.SITE_URL || 'http://localhost').hostname}>`,
    ...message,
  })
  return true
}
