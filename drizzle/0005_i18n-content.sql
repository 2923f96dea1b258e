CREATE TABLE `translations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` integer NOT NULL,
	`locale` text NOT NULL,
	`slug` text,
	`title` text DEFAULT '' NOT NULL,
	`lead` text DEFAULT '' NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`quote_text` text,
	`quote_author_function` text,
	`image_alt` text,
	`link_labels` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`publish_at` integer,
	`published_at` integer,
	`author_id` integer,
	`review_note` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `translations_entity_unique` ON `translations` (`entity_type`,`entity_id`,`locale`);--> statement-breakpoint
CREATE UNIQUE INDEX `translations_slug_unique` ON `translations` (`entity_type`,`locale`,`slug`);--> statement-breakpoint
CREATE INDEX `translations_status_idx` ON `translations` (`entity_type`,`locale`,`status`);--> statement-breakpoint
CREATE INDEX `translations_publish_at_idx` ON `translations` (`status`,`publish_at`);--> statement-breakpoint
ALTER TABLE `submissions` ADD `locale` text DEFAULT 'de' NOT NULL;--> statement-breakpoint
-- hand-written
-- A translation belongs to its item and goes with it, whichever way the item is deleted.
CREATE TRIGGER `news_delete_translations` AFTER DELETE ON `news` BEGIN
	DELETE FROM `translations` WHERE `entity_type` = 'news' AND `entity_id` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `events_delete_translations` AFTER DELETE ON `events` BEGIN
	DELETE FROM `translations` WHERE `entity_type` = 'event' AND `entity_id` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `partners_delete_translations` AFTER DELETE ON `partners` BEGIN
	DELETE FROM `translations` WHERE `entity_type` = 'partner' AND `entity_id` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `categories_delete_translations` AFTER DELETE ON `categories` BEGIN
	DELETE FROM `translations` WHERE `entity_type` = 'category' AND `entity_id` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `pages_delete_translations` AFTER DELETE ON `pages` BEGIN
	DELETE FROM `translations` WHERE `entity_type` = 'page' AND `entity_id` = old.`id`;
END;
--> statement-breakpoint
-- English texts in their own full-text index (same rowids as search_index), with English
-- stemming instead of the German folding, so "cluster" finds "clusters".
CREATE VIRTUAL TABLE `search_index_en` USING fts5(
	`title`,
	`subtitle`,
	`body`,
	content='',
	contentless_delete=1,
	tokenize='porter unicode61 remove_diacritics 2'
);
