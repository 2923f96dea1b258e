/* What a page's HTML makes a browser run: its script files and its inline scripts. */

/**
 * Script URLs under /_next/static that a page's HTML loads in a current browser (`noModule`
 * scripts, the polyfills for old browsers, are left out: modern browsers do not fetch them).
 */
export function scriptSources(html: string, { noModule = false } = {}): string[] {
  const found = new Set<string>()
  for (const match of html.matchAll(/<script\b([^>]*)>/g)) {
    const attributes = match[1]!
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1]?.replace(/&amp;/g, '&')
    if (!src || /\bnomodule\b/i.test(attributes) !== noModule) continue
    if (src.startsWith('/_next/static/')) found.add(src)
  }
  return [...found]
}

/** Inline JavaScript: mostly Next's flight data for hydration (JSON-LD is not counted). */
export function inlineScripts(html: string): string[] {
  const bodies: string[] = []
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1]!
    if (/\bsrc=/.test(attributes)) continue
    const type = /\btype="([^"]*)"/.exec(attributes)?.[1]
    if (type && !/^(module|text\/javascript|application\/javascript)$/i.test(type)) continue
    if (match[2]) bodies.push(match[2])
  }
  return bodies
}
