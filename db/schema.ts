import { relations, sql } from 'drizzle-orm'
import {
  blob,
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  type AnySQLiteColumn,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core'

/*
 * The whole data model. Timestamps are integers (milliseconds since the epoch, UTC).
 * Uploaded image bytes live in the `images` table itself, so one online backup of the
 * database file carries every logo and photo with it.
 */

import { CONTENT_STATUSES, ROLES, USER_STATES } from '../lib/domain'
import { locales } from '../lib/i18n/locales'

export { CONTENT_STATUSES, ROLES, USER_STATES }
export type { ContentStatus, Role, UserState } from '../lib/domain'

const timestamps = {
  createdAt: integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .$defaultFn(() => new Date()),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
    .notNull()
    .$defaultFn(() => new Date()),
}

/** Publication columns shared by news, events and partners. */
const publication = {
  status: text('status', { enum: CONTENT_STATUSES }).notNull().default('draft'),
  /** When a `scheduled` item goes public by itself. */
  publishAt: integer('publish_at', { mode: 'timestamp_ms' }),
  /** First time the item went public; kept through later edits. */
  publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
}

// ---------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------

export const categories = sqliteTable(
  'categories',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('categories_slug_unique').on(t.slug),
    uniqueIndex('categories_name_unique').on(t.name),
  ],
)

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Stored trimmed and lower-cased; unique regardless of case. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** PHC string (argon2id); null until an invited user sets a password. */
    passwordHash: text('password_hash'),
    role: text('role', { enum: ROLES }).notNull(),
    partnerId: integer('partner_id').references((): AnySQLiteColumn => partners.id, {
      onDelete: 'set null',
    }),
    state: text('state', { enum: USER_STATES }).notNull().default('invited'),
    /**
     * Counts how often every session of the user was ended at once (`endAllSessions`: disable,
     * role change, new password). Sessions are checked against the sessions table, not this.
     */
    sessionVersion: integer('session_version').notNull().default(1),
    lastLoginAt: integer('last_login_at', { mode: 'timestamp_ms' }),
    /** The language of the backend for this user ("Mein Konto"); the public site has its own. */
    uiLocale: text('ui_locale', { enum: locales }).notNull().default('de'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_email_unique').on(sql`lower(${t.email})`),
    index('users_partner_idx').on(t.partnerId),
    check('users_partner_role', sql`${t.partnerId} IS NULL OR ${t.role} = 'partner'`),
  ],
)

export const images = sqliteTable(
  'images',
  {
    /** Random, unguessable id (UUID); also the public file name. */
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['logo', 'photo'] }).notNull(),
    mimeType: text('mime_type').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    byteSize: integer('byte_size').notNull(),
    /** SHA-256 of the stored bytes; also the cache validator when the image is served. */
    sha256: text('sha256').notNull(),
    /** SHA-256 of the file as it was uploaded or imported; lets a re-import recognise it. */
    sourceSha256: text('source_sha256').notNull(),
    alt: text('alt').notNull().default(''),
    credit: text('credit'),
    data: blob('data', { mode: 'buffer' }).notNull(),
    uploadedBy: integer('uploaded_by').references((): AnySQLiteColumn => users.id, {
      onDelete: 'set null',
    }),
    createdAt: timestamps.createdAt,
  },
  (t) => [index('images_source_idx').on(t.sourceSha256)],
)

export const partners = sqliteTable(
  'partners',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** `<category-slug>/<entry-slug>`, the public URL below /partner. */
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /** Folded, lower-cased name: German A–Z order and the initial letter filter. */
    sortName: text('sort_name').notNull(),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'restrict' }),
    logoImageId: text('logo_image_id').references(() => images.id, { onDelete: 'set null' }),
    website: text('website'),
    city: text('city'),
    region: text('region'),
    street: text('street'),
    postalCode: text('postal_code'),
    /** Federal state code (lib/geo/states.ts), e.g. "NW". */
    state: text('state'),
    /** WGS84 position of the main site; both set or both null. */
    lat: real('lat'),
    lon: real('lon'),
    /** Further sites as JSON: [{ name, city, lat, lon }] (lib/validation/location.ts). */
    sites: text('sites'),
    quoteText: text('quote_text'),
    quoteAuthor: text('quote_author'),
    quoteAuthorFunction: text('quote_author_function'),
    body: text('body').notNull().default(''),
    ...publication,
    ...timestamps,
  },
  (t) => [
    uniqueIndex('partners_slug_unique').on(t.slug),
    index('partners_status_sort_idx').on(t.status, t.sortName),
    index('partners_category_status_idx').on(t.categoryId, t.status),
    index('partners_publish_at_idx').on(t.status, t.publishAt),
  ],
)

export const news = sqliteTable(
  'news',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    lead: text('lead').notNull().default(''),
    body: text('body').notNull().default(''),
    /** Dateline: place and calendar date (YYYY-MM-DD) as printed, e.g. "Paderborn, 08. Juli 2016". */
    place: text('place'),
    date: text('date').notNull(),
    imageId: text('image_id').references(() => images.id, { onDelete: 'set null' }),
    contactName: text('contact_name'),
    contactRole: text('contact_role'),
    contactOrganisation: text('contact_organisation'),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    /** The organisation a partner proposed this item for (partners may only touch their own). */
    partnerId: integer('partner_id').references(() => partners.id, { onDelete: 'set null' }),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** An editor's reason when sending a partner's proposal back; shown to the partner. */
    reviewNote: text('review_note'),
    ...publication,
    ...timestamps,
  },
  (t) => [
    uniqueIndex('news_slug_unique').on(t.slug),
    index('news_status_date_idx').on(t.status, t.date),
    index('news_publish_at_idx').on(t.status, t.publishAt),
    index('news_partner_idx').on(t.partnerId),
    index('news_author_idx').on(t.authorId),
  ],
)

/** The "Mehr Informationen" links of a news item. */
export const newsLinks = sqliteTable(
  'news_links',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    newsId: integer('news_id')
      .notNull()
      .references(() => news.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    url: text('url').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('news_links_news_idx').on(t.newsId, t.position)],
)

/** Partners a news item is about (shown on both sides). */
export const newsPartners = sqliteTable(
  'news_partners',
  {
    newsId: integer('news_id')
      .notNull()
      .references(() => news.id, { onDelete: 'cascade' }),
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.newsId, t.partnerId] }),
    index('news_partners_partner_idx').on(t.partnerId),
  ],
)

export const tags = sqliteTable(
  'tags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
  },
  (t) => [uniqueIndex('tags_slug_unique').on(t.slug)],
)

export const newsTags = sqliteTable(
  'news_tags',
  {
    newsId: integer('news_id')
      .notNull()
      .references(() => news.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.newsId, t.tagId] }), index('news_tags_tag_idx').on(t.tagId)],
)

export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    body: text('body').notNull().default(''),
    /** Instants in UTC; shown in Europe/Berlin. All-day events use local midnight. */
    startsAt: integer('starts_at', { mode: 'timestamp_ms' }).notNull(),
    endsAt: integer('ends_at', { mode: 'timestamp_ms' }),
    allDay: integer('all_day', { mode: 'boolean' }).notNull().default(false),
    venueName: text('venue_name'),
    venueAddress: text('venue_address'),
    onlineUrl: text('online_url'),
    registrationUrl: text('registration_url'),
    contactName: text('contact_name'),
    contactRole: text('contact_role'),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    organizerPartnerId: integer('organizer_partner_id').references(() => partners.id, {
      onDelete: 'set null',
    }),
    /** The news item that reports on the event; the report links back through this column. */
    reportNewsId: integer('report_news_id').references(() => news.id, { onDelete: 'set null' }),
    /** The organisation a partner proposed this event for. */
    partnerId: integer('partner_id').references(() => partners.id, { onDelete: 'set null' }),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    reviewNote: text('review_note'),
    ...publication,
    ...timestamps,
  },
  (t) => [
    uniqueIndex('events_slug_unique').on(t.slug),
    uniqueIndex('events_report_unique').on(t.reportNewsId),
    index('events_status_starts_idx').on(t.status, t.startsAt),
    index('events_publish_at_idx').on(t.status, t.publishAt),
    index('events_organizer_idx').on(t.organizerPartnerId),
    index('events_partner_idx').on(t.partnerId),
    check('events_end_after_start', sql`${t.endsAt} IS NULL OR ${t.endsAt} >= ${t.startsAt}`),
  ],
)

/** Legal and info pages (Impressum, Datenschutz, …), maintained by admins. */
export const pages = sqliteTable(
  'pages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    ...timestamps,
  },
  (t) => [uniqueIndex('pages_slug_unique').on(t.slug)],
)

/** A changed slug keeps answering: the old one redirects to the entity's current URL. */
export const slugRedirects = sqliteTable(
  'slug_redirects',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entityType: text('entity_type', { enum: ['news', 'event', 'partner', 'page'] }).notNull(),
    oldSlug: text('old_slug').notNull(),
    entityId: integer('entity_id').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [uniqueIndex('slug_redirects_unique').on(t.entityType, t.oldSlug)],
)

/** A partner's proposed change to its published profile, waiting for an editor. */
export const submissions = sqliteTable(
  'submissions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnerId: integer('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    /** JSON of the proposed profile fields. */
    data: text('data').notNull(),
    /** Which version of the profile the proposal is for: the German one or its translation. */
    locale: text('locale', { enum: ['de', 'en'] })
      .notNull()
      .default('de'),
    status: text('status', { enum: ['pending', 'approved', 'rejected'] })
      .notNull()
      .default('pending'),
    submittedBy: integer('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    reviewedBy: integer('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
    reviewComment: text('review_comment'),
    reviewedAt: integer('reviewed_at', { mode: 'timestamp_ms' }),
    ...timestamps,
  },
  (t) => [
    index('submissions_status_idx').on(t.status, t.createdAt),
    index('submissions_partner_idx').on(t.partnerId),
  ],
)

/** Invitation and password-reset links. Only a SHA-256 of the token is stored. */
export const authTokens = sqliteTable(
  'auth_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['invite', 'reset'] }).notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    uniqueIndex('auth_tokens_hash_unique').on(t.tokenHash),
    index('auth_tokens_user_idx').on(t.userId),
  ],
)

/**
 * Login sessions. The session cookie (a JWT signed with AUTH_SECRET) carries only the user id and
 * a random session id; the row must exist for the cookie to count, so logging out, disabling an
 * account or changing a role or password ends a session at once — copied cookies included.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    /** SHA-256 of the random session id in the cookie. */
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamps.createdAt,
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    /** Absolute end, whatever the activity. */
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    clientAddress: text('client_address'),
    userAgent: text('user_agent'),
    /** How the session was opened: 'password', 'password+totp', 'passkey', … */
    authMethod: text('auth_method').notNull().default('password'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
)

/**
 * Failed-login counters, per account ("account:<email>") and per client address ("address:<ip>").
 * In the database, so every process and every restart sees the same counts.
 */
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull().default(0),
  windowStart: integer('window_start', { mode: 'timestamp_ms' }).notNull(),
  lockedUntil: integer('locked_until', { mode: 'timestamp_ms' }),
  /** How many lockouts in a row: each one lasts twice as long as the one before. */
  lockCount: integer('lock_count').notNull().default(0),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
})

/** Every save of news, events, partners and pages, as a full JSON snapshot. */
export const revisions = sqliteTable(
  'revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entityType: text('entity_type', {
      enum: ['news', 'event', 'partner', 'page', 'translation'],
    }).notNull(),
    entityId: integer('entity_id').notNull(),
    snapshot: text('snapshot').notNull(),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** What produced the revision: a form save, an import, a restore, … */
    source: text('source').notNull().default('edit'),
    createdAt: timestamps.createdAt,
  },
  (t) => [index('revisions_entity_idx').on(t.entityType, t.entityId, t.createdAt)],
)

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    createdAt: timestamps.createdAt,
    /** Null for the system (command line, scheduler) and for anonymous attempts. */
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** Kept as text so the entry survives the account. */
    actorEmail: text('actor_email'),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    /** JSON; never a password or token. */
    details: text('details'),
    clientAddress: text('client_address'),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_log_created_idx').on(t.createdAt),
    index('audit_log_action_idx').on(t.action, t.createdAt),
    index('audit_log_actor_idx').on(t.actorId, t.createdAt),
  ],
)

/**
 * Cache tags affected by each write, from any process (server, importer, scheduler). The server
 * reads new rows and expires those tags, so cached pages follow changes made elsewhere.
 */
export const cacheInvalidations = sqliteTable(
  'cache_invalidations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Comma-separated tag names. */
    tags: text('tags').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [index('cache_invalidations_created_idx').on(t.createdAt)],
)

/** Small facts about the installation itself, e.g. when the demo content was seeded. */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
})

/**
 * The English version of a news item, event, partner profile, category or page: its own texts,
 * its own slug and its own status, so the German item can be public while its translation is a
 * draft. One row per item and language; removed with its item (triggers in the migration).
 * `linkLabels` is a JSON array of labels in the order of the item's links.
 */
export const translations = sqliteTable(
  'translations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entityType: text('entity_type', {
      enum: ['news', 'event', 'partner', 'category', 'page'],
    }).notNull(),
    entityId: integer('entity_id').notNull(),
    locale: text('locale', { enum: ['en'] }).notNull(),
    /** Null where the item keeps its German address (partner profiles). */
    slug: text('slug'),
    title: text('title').notNull().default(''),
    /** News: the lead; events: the summary. */
    lead: text('lead').notNull().default(''),
    body: text('body').notNull().default(''),
    quoteText: text('quote_text'),
    quoteAuthorFunction: text('quote_author_function'),
    imageAlt: text('image_alt'),
    linkLabels: text('link_labels').notNull().default('[]'),
    ...publication,
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    reviewNote: text('review_note'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('translations_entity_unique').on(t.entityType, t.entityId, t.locale),
    uniqueIndex('translations_slug_unique').on(t.entityType, t.locale, t.slug),
    index('translations_status_idx').on(t.entityType, t.locale, t.status),
    index('translations_publish_at_idx').on(t.status, t.publishAt),
  ],
)

/**
 * A user's one-time-code app (TOTP). The secret is stored encrypted (AES-GCM, key derived from
 * AUTH_SECRET); `confirmedAt` is null while setup waits for the first code. `lastTimeStep` is the
 * 30-second step of the last accepted code: no code of that step or an earlier one counts again.
 */
export const totpCredentials = sqliteTable('totp_credentials', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  secret: text('secret').notNull(),
  confirmedAt: integer('confirmed_at', { mode: 'timestamp_ms' }),
  lastTimeStep: integer('last_time_step').notNull().default(0),
  createdAt: timestamps.createdAt,
})

/** Single-use recovery codes; only a SHA-256 of each is stored. */
export const recoveryCodes = sqliteTable(
  'recovery_codes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    uniqueIndex('recovery_codes_hash_unique').on(t.codeHash),
    index('recovery_codes_user_idx').on(t.userId),
  ],
)

/** WebAuthn credentials (passkeys). */
export const passkeys = sqliteTable(
  'passkeys',
  {
    /** The credential id, base64url. */
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    publicKey: blob('public_key', { mode: 'buffer' }).notNull(),
    counter: integer('counter').notNull().default(0),
    /** JSON array of transports the authenticator named. */
    transports: text('transports'),
    createdAt: timestamps.createdAt,
    lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('passkeys_user_idx').on(t.userId)],
)

/**
 * Short-lived, single-use login state kept server-side so every process sees it: a login that
 * passed its password and waits for the second step (`pending_login`), a login whose steps are all
 * done and that Auth.js turns into a session (`login_ticket`), and WebAuthn challenges.
 */
export const authChallenges = sqliteTable(
  'auth_challenges',
  {
    /** SHA-256 of the random token handed to the browser (or of the challenge itself). */
    idHash: text('id_hash').primaryKey(),
    kind: text('kind', {
      enum: ['pending_login', 'login_ticket', 'passkey_register', 'passkey_login'],
    }).notNull(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'cascade' }),
    /** The WebAuthn challenge (base64url), or for a ticket the way the user signed in. */
    value: text('value'),
    clientAddress: text('client_address'),
    createdAt: timestamps.createdAt,
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('auth_challenges_expires_idx').on(t.expiresAt)],
)

// ---------------------------------------------------------------------------------------------
// Relations
// ---------------------------------------------------------------------------------------------

export const categoriesRelations = relations(categories, ({ many }) => ({
  partners: many(partners),
}))

export const partnersRelations = relations(partners, ({ one, many }) => ({
  category: one(categories, { fields: [partners.categoryId], references: [categories.id] }),
  logo: one(images, { fields: [partners.logoImageId], references: [images.id] }),
  newsLinks: many(newsPartners),
  users: many(users),
}))

export const usersRelations = relations(users, ({ one }) => ({
  partner: one(partners, { fields: [users.partnerId], references: [partners.id] }),
}))

export const newsRelations = relations(news, ({ one, many }) => ({
  image: one(images, { fields: [news.imageId], references: [images.id] }),
  author: one(users, { fields: [news.authorId], references: [users.id] }),
  links: many(newsLinks),
  partners: many(newsPartners),
  tags: many(newsTags),
}))

export const newsLinksRelations = relations(newsLinks, ({ one }) => ({
  news: one(news, { fields: [newsLinks.newsId], references: [news.id] }),
}))

export const newsPartnersRelations = relations(newsPartners, ({ one }) => ({
  news: one(news, { fields: [newsPartners.newsId], references: [news.id] }),
  partner: one(partners, { fields: [newsPartners.partnerId], references: [partners.id] }),
}))

export const newsTagsRelations = relations(newsTags, ({ one }) => ({
  news: one(news, { fields: [newsTags.newsId], references: [news.id] }),
  tag: one(tags, { fields: [newsTags.tagId], references: [tags.id] }),
}))

export const eventsRelations = relations(events, ({ one }) => ({
  organizer: one(partners, { fields: [events.organizerPartnerId], references: [partners.id] }),
  report: one(news, { fields: [events.reportNewsId], references: [news.id] }),
}))

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

export type Category = typeof categories.$inferSelect
export type NewCategory = typeof categories.$inferInsert
export type User = typeof users.$inferSelect
export type NewUser = typeof users.$inferInsert
export type Image = typeof images.$inferSelect
export type NewImage = typeof images.$inferInsert
export type Partner = typeof partners.$inferSelect
export type NewPartner = typeof partners.$inferInsert
export type News = typeof news.$inferSelect
export type NewNews = typeof news.$inferInsert
export type Event = typeof events.$inferSelect
export type NewEvent = typeof events.$inferInsert
export type Page = typeof pages.$inferSelect
export type Revision = typeof revisions.$inferSelect
export type AuditEntry = typeof auditLog.$inferSelect
export type Submission = typeof submissions.$inferSelect
export type AuthToken = typeof authTokens.$inferSelect
export type Session = typeof sessions.$inferSelect
export type Translation = typeof translations.$inferSelect

// ---------------------------------------------------------------------------------------------
// Performance: derived text and background-work leases
// ---------------------------------------------------------------------------------------------

/**
 * The plain text of every indexed body, rendered from Markdown once when the content is written
 * (db/store/search-index.ts), keyed like `search_index`'s rowid. Lists and search results cut
 * their excerpts from it instead of parsing Markdown for every card of every request.
 */
export const searchTexts = sqliteTable('search_texts', {
  docId: integer('doc_id').primaryKey(),
  text: text('text').notNull(),
})

/**
 * Work that exactly one portal process may do at a time (the scheduler): the process named in
 * `holder` owns it until `expires_at` and renews it while it runs (db/store/lease.ts).
 */
export const leases = sqliteTable('leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
})

// ---------------------------------------------------------------------------------------------
// Newsletter
// ---------------------------------------------------------------------------------------------

export const SUBSCRIBER_STATES = ['pending', 'confirmed', 'unsubscribed', 'suspended'] as const

/**
 * Newsletter subscribers with the proof of their double opt-in: when the address was entered and
 * confirmed, from which client address (as TRUST_PROXY allows), and the consent text shown.
 */
export const newsletterSubscribers = sqliteTable(
  'newsletter_subscribers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Lower-cased. */
    email: text('email').notNull(),
    state: text('state', { enum: SUBSCRIBER_STATES }).notNull().default('pending'),
    /** JSON array: 'news', 'events'. */
    topics: text('topics').notNull(),
    locale: text('locale', { enum: ['de', 'en'] })
      .notNull()
      .default('de'),
    /**
     * Random key in every mail's unsubscribe and settings links. Kept readable (not hashed)
     * because each mail is rendered when it is sent; it can only unsubscribe or change topics.
     */
    manageKey: text('manage_key').notNull(),
    /** SHA-256 of the single-use confirmation token; null once used. */
    confirmTokenHash: text('confirm_token_hash'),
    confirmExpiresAt: integer('confirm_expires_at', { mode: 'timestamp_ms' }),
    requestedAt: integer('requested_at', { mode: 'timestamp_ms' }).notNull(),
    requestAddress: text('request_address'),
    consentText: text('consent_text').notNull(),
    confirmedAt: integer('confirmed_at', { mode: 'timestamp_ms' }),
    confirmAddress: text('confirm_address'),
    unsubscribedAt: integer('unsubscribed_at', { mode: 'timestamp_ms' }),
    /** Permanent delivery failures in a row; the address is suspended after a few. */
    failures: integer('failures').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('newsletter_subscribers_email_unique').on(t.email),
    uniqueIndex('newsletter_subscribers_manage_key_unique').on(t.manageKey),
    index('newsletter_subscribers_confirm_idx').on(t.confirmTokenHash),
  ],
)

/** What is left of a deleted subscriber: a SHA-256 of the address, so it is never mailed again. */
export const newsletterBlocklist = sqliteTable('newsletter_blocklist', {
  emailHash: text('email_hash').primaryKey(),
  createdAt: timestamps.createdAt,
})

export const ISSUE_STATES = ['draft', 'scheduled', 'sending', 'sent'] as const

export const newsletterIssues = sqliteTable(
  'newsletter_issues',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    subject: text('subject').notNull(),
    intro: text('intro').notNull().default(''),
    /** JSON array of { type: 'news' | 'event', id }, in the order of the mail. */
    items: text('items').notNull().default('[]'),
    state: text('state', { enum: ISSUE_STATES }).notNull().default('draft'),
    scheduledAt: integer('scheduled_at', { mode: 'timestamp_ms' }),
    /** When the recipients' rows were written to the outbox. */
    queuedAt: integer('queued_at', { mode: 'timestamp_ms' }),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [index('newsletter_issues_state_idx').on(t.state, t.scheduledAt)],
)

export const OUTBOX_STATES = ['pending', 'sending', 'sent', 'failed'] as const

/**
 * One row per message to one recipient. A sender claims a row (pending → sending) in a
 * `BEGIN IMMEDIATE` transaction with a conditional UPDATE, so only one process sends it; the
 * message is rendered at send time; `messageId` stays the same across retries.
 */
export const mailOutbox = sqliteTable(
  'mail_outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['confirm', 'issue', 'test'] }).notNull(),
    issueId: integer('issue_id').references(() => newsletterIssues.id, { onDelete: 'cascade' }),
    subscriberId: integer('subscriber_id').references(() => newsletterSubscribers.id, {
      onDelete: 'cascade',
    }),
    /** Only for test mails to an editor; otherwise the subscriber's address is used. */
    toAddress: text('to_address'),
    messageId: text('message_id').notNull(),
    state: text('state', { enum: OUTBOX_STATES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    /** "<pid>:<process token>" of the sender holding the row while it is `sending`. */
    claimedBy: text('claimed_by'),
    claimedAt: integer('claimed_at', { mode: 'timestamp_ms' }),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    lastError: text('last_error'),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    uniqueIndex('mail_outbox_message_id_unique').on(t.messageId),
    uniqueIndex('mail_outbox_issue_recipient_unique').on(t.issueId, t.subscriberId),
    index('mail_outbox_due_idx').on(t.state, t.nextAttemptAt),
  ],
)

export type NewsletterSubscriber = typeof newsletterSubscribers.$inferSelect
export type NewsletterIssue = typeof newsletterIssues.$inferSelect
export type OutboxRow = typeof mailOutbox.$inferSelect

/**
 * Links that show one version of an unpublished item without an account, e.g. to the partner a
 * news item is about. Only a SHA-256 of the token is stored; the version shown is frozen in
 * `snapshot` when the link is made.
 */
export const previewLinks = sqliteTable(
  'preview_links',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tokenHash: text('token_hash').notNull(),
    entityType: text('entity_type', { enum: ['news', 'event'] }).notNull(),
    entityId: integer('entity_id').notNull(),
    /** JSON of what the link shows. */
    snapshot: text('snapshot').notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    lastOpenedAt: integer('last_opened_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('preview_links_hash_unique').on(t.tokenHash),
    index('preview_links_entity_idx').on(t.entityType, t.entityId),
  ],
)

export type PreviewLink = typeof previewLinks.$inferSelect
