export type StoredImage = { id: string; width: number; height: number; alt: string }

const WIDTHS = [160, 320, 640, 1024, 1600] as const

/** An image from the portal's own store, sized for `displayWidth` CSS pixels (1x and 2x). */
export function StoredImageTag({
  image,
  displayWidth,
  className,
  priority = false,
  decorative = false,
}: {
  image: StoredImage
  displayWidth: number
  className?: string
  priority?: boolean
  decorative?: boolean
}) {
  const pick = (target: number) => WIDTHS.find((w) => w >= target) ?? WIDTHS[WIDTHS.length - 1]!
  const w1 = Math.min(pick(displayWidth), pick(image.width))
  const w2 = Math.min(pick(displayWidth * 2), pick(image.width))
  const src = (w: number) => `/bilder/${image.id}.webp?w=${w}`
  const height = Math.round((image.height / image.width) * Math.min(displayWidth, image.width))
  return (
    // eslint-disable-next-line @next/next/no-img-element -- served and resized by the portal's own image route
    <img
      src={src(w1)}
      srcSet={w2 !== w1 ? `${src(w1)} 1x, ${src(w2)} 2x` : undefined}
      width={Math.min(displayWidth, image.width)}
      height={height}
      alt={decorative ? '' : image.alt}
      loading={priority ? 'eager' : 'lazy'}
      decoding="async"
      className={className}
    />
  )
}
