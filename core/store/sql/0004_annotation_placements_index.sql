-- Opening an article first asks where its annotations go (AnnotationStore::placementsForArticle:
-- range, kind, colour, state) to draw them; with these columns in the index that answer never reads
-- the annotation rows with their quotes, context and comments. It replaces the narrower index.
DROP INDEX annotations_by_article;
CREATE INDEX annotations_placement ON annotations(article_id, start_pos, end_pos, kind, color, anchor_state);
