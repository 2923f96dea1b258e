ALTER TABLE `login_throttle` RENAME TO `rate_limits`;--> statement-breakpoint
ALTER TABLE `rate_limits` RENAME COLUMN "failures" TO "hits";