-- Search (core/search/Searcher.cpp) reads its filters and its orderings from indexes instead of the
-- rows they concern: an article row holds the HTML and text, an annotation row its quote and
-- context, and reading one of those for every full-text match or every annotation of a speaker
-- was most of a search's time in a big library.
--
-- Lists of ids that had no index: articles by publication time (before:, after:) and the orphaned
-- annotations (is:orphan), few, so their index holds only them.
CREATE INDEX articles_by_published ON articles(published);
CREATE INDEX annotations_orphaned ON annotations(article_id) WHERE anchor_state = 'orphan';
-- Narrow copies, by id, of what a search asks of each match: an annotation's article, place, colour
-- and speaker; an article's place in the newest-first order. The search names them (INDEXED BY): SQLite
-- otherwise always looks a row up by its INTEGER PRIMARY KEY, however wide the row.
CREATE INDEX annotations_by_id ON annotations(id, article_id, start_pos, color, speaker_id);
CREATE INDEX articles_time_by_id ON articles(id, sort_time);
