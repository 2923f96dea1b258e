// Crawlers that get metadata in <head> instead of streamed (next.config.mjs `htmlLimitedBots`).
// Set explicitly, as Next's documented default list for 16.x, so that the finished-page cache
// (lib/page-cache-key.mjs) keeps the pages for them apart by the same rule Next renders them by.
export const HTML_LIMITED_BOTS =
  /[\w-]+-Google|Google-[\w-]+|Chrome-Lighthouse|Slurp|DuckDuckBot|baiduspider|yandex|sogou|bitlybot|tumblr|vkShare|quora link preview|redditbot|ia_archiver|Bingbot|BingPreview|applebot|facebookexternalhit|facebookcatalog|Twitterbot|LinkedInBot|Slackbot|Discordbot|WhatsApp|SkypeUriPreview|Yeti|googleweblight/i
