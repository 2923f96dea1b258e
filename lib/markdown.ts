import type { Element, ElementContent, Root, Text } from 'hast'
import type { Nodes as MdastNodes } from 'mdast'
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { slugify } from '@/lib/slug'

/*
 * Markdown → HTML for everything editors and partners write. Content is untrusted: raw HTML is
 * dropped (never passed through), the result is sanitised against an allow-list (GitHub's, with
 * URL protocols narrowed to http, https, mailto and tel), and only then do trusted steps add
 * heading ids and link attributes. The editor's live preview uses this same function.
 */

export type TocEntry = { id: string; text: string; level: number }
export type RenderedMarkdown = { html: string; toc: TocEntry[] }

const schema: SanitizeSchema = {
  ...defaultSchema,
  // No ids or names from authors at all: our own heading ids are added after sanitising.
  clobber: [],
  attributes: {
    ...defaultSchema.attributes,
    '*': (defaultSchema.attributes?.['*'] ?? []).filter((attr) => attr !== 'id' && attr !== 'name'),
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
  },
  tagNames: (defaultSchema.tagNames ?? []).filter(
    (tag) => !['input', 'details', 'summary'].includes(tag),
  ),
}

function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element') return node.children.map(textOf).join('')
  return ''
}

type Options = { baseLevel: number; idPrefix: string; toc: TocEntry[] }

/** Trusted post-processing of the sanitised tree: heading levels and ids, links, images. */
function rehypePortal(options: Options) {
  return (tree: Root) => {
    let minLevel = 7
    visit(tree, 'element', (node: Element) => {
      const match = /^h([1-6])$/.exec(node.tagName)
      if (match) minLevel = Math.min(minLevel, Number(match[1]))
    })
    const shift = minLevel <= 6 ? options.baseLevel - minLevel : 0
    const used = new Set<string>()

    visit(tree, 'element', (node: Element, index, parent) => {
      const match = /^h([1-6])$/.exec(node.tagName)
      if (match) {
        const level = Math.min(6, Math.max(options.baseLevel, Number(match[1]) + shift))
        node.tagName = `h${level}`
        const text = textOf(node).trim()
        let id = `${options.idPrefix}${slugify(text, 60) || 'abschnitt'}`
        for (let n = 2; used.has(id); n++)
          id = `${options.idPrefix}${slugify(text, 60) || 'abschnitt'}-${n}`
        used.add(id)
        node.properties = { ...node.properties, id }
        options.toc.push({ id, text, level })
        return
      }
      if (node.tagName === 'a') {
        const href = String(node.properties?.href ?? '')
        if (/^https?:\/\//i.test(href)) {
          node.properties = {
            ...node.properties,
            rel: ['noopener', 'noreferrer', 'nofollow', 'ugc'],
          }
        }
        return
      }
      if (node.tagName === 'img' && parent && typeof index === 'number') {
        const src = String(node.properties?.src ?? '')
        // Visitors get no third-party requests: only the portal's own images are shown inline.
        if (!src.startsWith('/bilder/')) {
          const alt = String(node.properties?.alt ?? '') || 'Bild'
          const replacement: Element | Text = /^https?:\/\//i.test(src)
            ? {
                type: 'element',
                tagName: 'a',
                properties: { href: src, rel: ['noopener', 'noreferrer', 'nofollow', 'ugc'] },
                children: [{ type: 'text', value: `Bild: ${alt}` }],
              }
            : { type: 'text', value: alt }
          parent.children.splice(index, 1, replacement)
        } else {
          node.properties = { ...node.properties, loading: 'lazy', decoding: 'async' }
        }
      }
    })
  }
}

/**
 * Renders Markdown to sanitised HTML. `baseLevel` is the level the highest heading of the text
 * becomes (2 below a page's h1), so the outline never skips a level.
 */
export function renderMarkdown(
  markdown: string,
  options: { baseLevel?: number; idPrefix?: string } = {},
): RenderedMarkdown {
  const toc: TocEntry[] = []
  const file = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypeSanitize, schema)
    .use(rehypePortal, {
      baseLevel: options.baseLevel ?? 2,
      idPrefix: options.idPrefix ?? 'abschnitt-',
      toc,
    })
    .use(rehypeStringify)
    .processSync(markdown)
  return { html: String(file), toc }
}

const BLOCKS = new Set([
  'paragraph',
  'heading',
  'listItem',
  'tableCell',
  'blockquote',
  'code',
  'thematicBreak',
  'break',
])

/**
 * Markdown as plain text (for the search index, excerpts and feeds): the words a reader sees,
 * link text without targets, image alt text, no raw HTML.
 */
export function markdownToPlainText(markdown: string): string {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown)
  const out: string[] = []
  const walk = (node: MdastNodes) => {
    if (node.type === 'html') return
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code')
      out.push(node.value)
    else if (node.type === 'image') out.push(node.alt ?? '')
    if ('children' in node) for (const child of node.children) walk(child as MdastNodes)
    if (BLOCKS.has(node.type)) out.push(' ')
  }
  walk(tree)
  return out.join('').replace(/\s+/g, ' ').trim()
}
