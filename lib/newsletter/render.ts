import { renderMarkdown } from '../markdown'
import { newsletterText, type NewsletterLocale } from './texts'

/*
 * The newsletter mail as plain text and simple HTML: one column, inline styles, no tables, no
 * tracking pixel, and every link goes straight to its target (no redirect through the portal).
 * Images and links are absolute, because a mail client has no base address.
 */

export type MailItem = {
  type: 'news' | 'event'
  title: string
  url: string
  summary: string
  /** "12. März 2027" or an event's time, shown above the title. */
  meta: string | null
  imageUrl: string | null
}

export type RenderedMail = { subject: string; text: string; html: string }

const escape = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

/** Root-relative links and images of rendered Markdown made absolute. */
export function absolutise(html: string, origin: string): string {
  return html.replace(/\b(href|src)="\/(?!\/)/g, `$1="${origin}/`)
}

const LINK = 'color:#1d4ed8;text-decoration:underline'

function frame(lang: string, title: string, body: string, footer: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escape(title)}</title></head><body style="margin:0;padding:0;background:#f8fafc"><div style="max-width:600px;margin:0 auto;padding:24px 16px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#0f172a;background:#ffffff">${body}<div style="margin-top:32px;padding-top:16px;border-top:1px solid #e2e8f0;font-size:13px;color:#475569">${footer}</div></div></body></html>`
}

export function renderIssueMail(input: {
  subject: string
  intro: string
  items: MailItem[]
  site: { name: string; url: string }
  links: { unsubscribe: string; settings: string }
  locale?: NewsletterLocale
  test?: boolean
}): RenderedMail {
  const texts = newsletterText(input.locale)
  const t = texts.mail
  const subject = `${input.test ? t.test : ''}${input.subject}`
  const groups = (['news', 'event'] as const)
    .map((type) => ({
      heading: type === 'news' ? t.news : t.events,
      items: input.items.filter((item) => item.type === type),
    }))
    .filter((group) => group.items.length > 0)

  const text: string[] = [input.subject, '='.repeat(Math.min(input.subject.length, 72)), '']
  if (input.intro.trim()) text.push(input.intro.trim(), '')
  for (const group of groups) {
    text.push(group.heading.toUpperCase(), '')
    for (const item of group.items) {
      if (item.meta) text.push(item.meta)
      text.push(item.title)
      if (item.summary) text.push(item.summary)
      text.push(item.url, '')
    }
  }
  text.push(
    '-- ',
    t.footer(input.site.name),
    `${t.settings}: ${input.links.settings}`,
    `${t.unsubscribe}: ${input.links.unsubscribe}`,
  )

  const intro = input.intro.trim()
    ? absolutise(renderMarkdown(input.intro, { baseLevel: 2 }).html, input.site.url)
    : ''
  const sections = groups
    .map(
      (group) =>
        `<h2 style="font-size:20px;margin:28px 0 8px">${escape(group.heading)}</h2>` +
        group.items
          .map(
            (item) =>
              `<div style="margin:0 0 20px">` +
              (item.imageUrl
                ? `<img src="${escape(item.imageUrl)}" alt="" width="568" style="display:block;max-width:100%;height:auto;margin:0 0 8px;border:0">`
                : '') +
              (item.meta
                ? `<div style="font-size:13px;color:#475569">${escape(item.meta)}</div>`
                : '') +
              `<div style="font-size:17px;font-weight:bold;margin:2px 0 4px"><a href="${escape(item.url)}" style="${LINK}">${escape(item.title)}</a></div>` +
              (item.summary ? `<div>${escape(item.summary)}</div>` : '') +
              `</div>`,
          )
          .join(''),
    )
    .join('')
  const body =
    `<div style="font-size:14px;color:#475569;margin:0 0 4px"><a href="${escape(input.site.url)}/" style="${LINK}">${escape(input.site.name)}</a></div>` +
    `<h1 style="font-size:24px;line-height:1.25;margin:0 0 16px">${escape(input.subject)}</h1>` +
    (intro ? `<div>${intro}</div>` : '') +
    sections
  const footer =
    `<p style="margin:0 0 8px">${escape(t.footer(input.site.name))}</p>` +
    `<p style="margin:0"><a href="${escape(input.links.settings)}" style="${LINK}">${escape(t.settings)}</a> · <a href="${escape(input.links.unsubscribe)}" style="${LINK}">${escape(t.unsubscribe)}</a></p>`
  return { subject, text: text.join('\n'), html: frame(texts.locale, subject, body, footer) }
}

export function renderConfirmMail(input: {
  link: string
  site: { name: string; url: string }
  locale?: NewsletterLocale
}): RenderedMail {
  const texts = newsletterText(input.locale)
  const t = texts.mail
  const text = t.confirmBody(input.link, input.site.name)
  const paragraphs = text
    .split('\n\n')
    .map((p) =>
      p === input.link
        ? `<p style="margin:0 0 16px"><a href="${escape(p)}" style="${LINK};font-weight:bold">${escape(t.confirmButton)}</a><br><span style="font-size:13px;color:#475569;word-break:break-all">${escape(p)}</span></p>`
        : `<p style="margin:0 0 16px">${escape(p).replace(/\n/g, '<br>')}</p>`,
    )
    .join('')
  return {
    subject: t.confirmSubject,
    text,
    html: frame(texts.locale, t.confirmSubject, paragraphs, escape(input.site.name)),
  }
}
