import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  cacheComponents: true,
  // Unlisted slugs render completely before the response starts: correct 404 status codes, and
  // pages that work without JavaScript. The result is cached (ISR) for the next visitor.
  partialPrefetching: false,
  poweredByHeader: false,
  reactStrictMode: true,
  // Native modules stay out of the bundle and load from node_modules at run time.
  serverExternalPackages: ['better-sqlite3', 'sharp', '@node-rs/argon2'],
  images: { unoptimized: true },
  // forbidden(): backend pages answer 403 with a German page when the role does not fit.
  experimental: { authInterrupts: true },
}

export default nextConfig
