-- Full-text index over partners, news and events. The text is folded in the application
-- (lib/search-text.ts: umlauts and ß both ways) before it is written here and before a query
-- is run, so "Universität", "Universitaet" and "Universitat" meet. Contentless: snippets are
-- cut from the original rows. rowid = entity id * 4 + kind (0 partner, 1 news, 2 event).
CREATE VIRTUAL TABLE `search_index` USING fts5(
	`title`,
	`subtitle`,
	`body`,
	content='',
	contentless_delete=1,
	tokenize='unicode61 remove_diacritics 2'
);
