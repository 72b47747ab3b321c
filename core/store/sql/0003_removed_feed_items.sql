-- Feed items the library deleted by a retention rule, remembered while the feed still carries them:
-- otherwise the next refresh would find them "new" and add them again, only for the rule to delete
-- them again. A refresh forgets the ones its feed no longer lists; unsubscribing forgets them all.
CREATE TABLE removed_feed_items (
    source_key  TEXT PRIMARY KEY,
    feed_id     INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    removed     INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX removed_feed_items_by_feed ON removed_feed_items(feed_id);
