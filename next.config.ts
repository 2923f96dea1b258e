import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
  poweredByHeader: false,
  reactStrictMode: true,
  // Native modules stay out of the bundle and load from node_modules at run time.
  serverExternalPackages: ['better-sqlite3', 'sharp', '@node-rs/argon2'],
  images: { unoptimized: true },
}

export default nextConfig
