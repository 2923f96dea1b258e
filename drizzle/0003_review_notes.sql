ALTER TABLE `events` ADD `review_note` text;--> statement-breakpoint
ALTER TABLE `news` ADD `review_note` text;