-- Quote suggestions the reader rejected, so that suggesting again (or opening the article with
-- automatic suggestions on) does not bring them back. Kept by their words rather than offsets: an
-- edited article shifts offsets, while the same words are the same suggestion.
CREATE TABLE rejected_quote_suggestions (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    exact       TEXT NOT NULL,
    rejected    INTEGER NOT NULL,
    PRIMARY KEY (article_id, exact)
) WITHOUT ROWID;
