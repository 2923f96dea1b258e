import 'server-only'
import { getTranslations } from 'next-intl/server'
import { SITE } from '@/lib/site'
import type { Locale } from './locales'

/**
 * The portal's name, tagline and description in a language. The German ones can be set with
 * SITE_TAGLINE / SITE_DESCRIPTION, the English ones with SITE_TAGLINE_EN / SITE_DESCRIPTION_EN;
 * without them the message files' texts apply.
 */
export async function siteTexts(
  locale: Locale,
): Promise<{ name: string; tagline: string; description: string }> {
  if (locale === 'de')
    return { name: SITE.name, tagline: SITE.tagline, description: SITE.description }
  const t = await getTranslations({ locale, namespace: 'site' })
  return {
    name: SITE.name,
    tagline: process.env.SITE_TAGLINE_EN || t('tagline'),
    description: process.env.SITE_DESCRIPTION_EN || t('description'),
  }
}
