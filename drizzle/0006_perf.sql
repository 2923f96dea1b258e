CREATE TABLE `leases` (
	`name` text PRIMARY KEY NOT NULL,
	`holder` text NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `search_texts` (
	`doc_id` integer PRIMARY KEY NOT NULL,
	`text` text NOT NULL
);
