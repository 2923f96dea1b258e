import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'

export function profileText(fields: {
  name: string
  slug: string
  category: string
  logo?: string | null
  quote?: string
  author?: string
  body?: string
}): string {
  const logo = fields.logo === undefined || fields.logo === null ? '' : ` "${fields.logo}"`
  return [
    '---',
    `name: ${JSON.stringify(fields.name)}`,
    `slug: ${JSON.stringify(fields.slug)}`,
    `logo:${logo}`,
    `category: ${JSON.stringify(fields.category)}`,
    `citeAuthor: ${JSON.stringify(fields.author ?? '')}`,
    'citeAuthorFunction: ""',
    `citeQuote: ${JSON.stringify(fields.quote ?? '')}`,
    '---',
    '',
    fields.body ?? 'Ein Profil.',
    '',
  ].join('\n')
}

export async function writePng(
  file: string,
  color = '#336699',
  width = 240,
  height = 80,
): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  await sharp({ create: { width, height, channels: 3, background: color } })
    .png()
    .toFile(file)
}
