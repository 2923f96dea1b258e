/*
 * Text for XML documents (the news feed, the sitemap). Every string is written as character
 * data with the five special characters escaped, never inside CDATA: a CDATA section ends at the
 * first "]]>", so text containing it could close the section and add markup of its own.
 */

/**
 * Characters XML 1.0 cannot carry at all, not even escaped: C0 controls other than tab, line feed
 * and carriage return, lone surrogates, U+FFFE and U+FFFF. They are dropped.
 */
const NOT_IN_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

/** A string as XML text or attribute value. */
export function escapeXml(value: string): string {
  return value.replace(NOT_IN_XML, '').replace(/[&<>"']/g, (ch) => ENTITIES[ch]!)
}

/** `<name>text</name>`, or nothing for an empty value. */
export function xmlElement(name: string, value: string | null | undefined): string {
  return value ? `<${name}>${escapeXml(value)}</${name}>` : ''
}

/**
 * An address for a document that another library writes without escaping (Next's sitemap):
 * characters that would be markup are percent-encoded, which keeps the address the same.
 */
export function markupFreeUrl(url: string): string {
  return url.replace(
    /[&<>"'\u0000-\u0020\u007f]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  )
}
