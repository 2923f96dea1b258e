ALTER TABLE `partners` ADD `street` text;--> statement-breakpoint
ALTER TABLE `partners` ADD `postal_code` text;--> statement-breakpoint
ALTER TABLE `partners` ADD `state` text;--> statement-breakpoint
ALTER TABLE `partners` ADD `lat` real;--> statement-breakpoint
ALTER TABLE `partners` ADD `lon` real;--> statement-breakpoint
ALTER TABLE `partners` ADD `sites` text;