-- Unread and total counts per feed (the sources pane, `gloss feeds list`) read only this index and
-- articles_by_feed. Without it every count looked at is_read in the article row itself, which lies
-- behind the article's HTML and text: overflow pages read for every article of every feed.
CREATE INDEX articles_unread_by_feed ON articles(feed_id) WHERE is_read = 0;
