-- is:unread and is:read in a search (core/search/Searcher.cpp): whether one full-text match is
-- unread, answered by one look into an index of the unread articles keyed by id. Without it the
-- search built the list of every unread article's id for each query (tens of thousands in a big
-- library: ten milliseconds and more, twice when both indexes are searched) to test a few thousand
-- matches against it. Only unread articles are in it, so it stays small as articles are read.
CREATE INDEX articles_unread_ids ON articles(id) WHERE is_read = 0;
