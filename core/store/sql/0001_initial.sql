-- Gloss library schema, version 1.
-- Times are milliseconds since the Unix epoch, UTC. Booleans are 0/1.
-- Later versions add columns and tables in new numbered files; this one is never edited once shipped.

-- 'GLSS' (0x474C5353): marks the file as a Gloss library; Library::ApplicationId must match.
PRAGMA application_id = 1196184403;

CREATE TABLE folders (
    id          INTEGER PRIMARY KEY,
    parent_id   INTEGER REFERENCES folders(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    position    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE feeds (
    id              INTEGER PRIMARY KEY,
    folder_id       INTEGER REFERENCES folders(id) ON DELETE SET NULL,
    title           TEXT NOT NULL DEFAULT '',
    url             TEXT NOT NULL UNIQUE,
    site_url        TEXT,
    format          TEXT,
    etag            TEXT,
    last_modified   TEXT,
    last_fetched    INTEGER,
    last_error      TEXT,
    retention_days  INTEGER,
    retention_items INTEGER,
    position        INTEGER NOT NULL DEFAULT 0,
    created         INTEGER NOT NULL
);

-- One row per story. The current content lives here (sanitised HTML and the canonical text derived
-- from it); earlier versions move to article_revisions when the content changes.
CREATE TABLE articles (
    id             INTEGER PRIMARY KEY,
    feed_id        INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
    source_key     TEXT NOT NULL UNIQUE,   -- identity for de-duplication: guid, url or file path
    url            TEXT,
    title          TEXT NOT NULL,
    author         TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL DEFAULT '', -- where it came from: site, feed title or file name
    format         TEXT NOT NULL DEFAULT 'html',
    published      INTEGER,                  -- NULL when unknown
    added          INTEGER NOT NULL,
    updated        INTEGER NOT NULL,
    sort_time      INTEGER NOT NULL,         -- published, else added: the list's newest-first order
    html           TEXT NOT NULL,
    text           TEXT NOT NULL,
    content_hash   TEXT NOT NULL,
    revision       INTEGER NOT NULL DEFAULT 1,
    is_read        INTEGER NOT NULL DEFAULT 0,
    is_bookmarked  INTEGER NOT NULL DEFAULT 0,
    bookmarked_at  INTEGER
);
CREATE INDEX articles_by_time ON articles(sort_time DESC, id DESC);
CREATE INDEX articles_unread ON articles(sort_time DESC, id DESC) WHERE is_read = 0;
CREATE INDEX articles_bookmarked ON articles(sort_time DESC, id DESC) WHERE is_bookmarked = 1;
CREATE INDEX articles_by_feed ON articles(feed_id, sort_time DESC, id DESC);

CREATE TABLE article_revisions (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    revision      INTEGER NOT NULL,
    replaced      INTEGER NOT NULL,   -- when a newer revision superseded this one
    title         TEXT NOT NULL,
    html          TEXT NOT NULL,
    text          TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    UNIQUE (article_id, revision)
);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, author, text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, author, text) VALUES (new.id, new.title, new.author, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, author, text)
        VALUES ('delete', old.id, old.title, old.author, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, author, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, author, text)
        VALUES ('delete', old.id, old.title, old.author, old.text);
    INSERT INTO articles_fts(rowid, title, author, text) VALUES (new.id, new.title, new.author, new.text);
END;

CREATE TABLE speakers (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role      TEXT NOT NULL DEFAULT '',
    note      TEXT NOT NULL DEFAULT '',
    created   INTEGER NOT NULL,
    updated   INTEGER NOT NULL
);

CREATE TABLE speaker_aliases (
    id          INTEGER PRIMARY KEY,
    speaker_id  INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    alias       TEXT NOT NULL COLLATE NOCASE,
    UNIQUE (speaker_id, alias)
);
CREATE INDEX speaker_aliases_by_alias ON speaker_aliases(alias);

-- Annotations point into an article's canonical text like W3C Web Annotation selectors do:
-- a TextPositionSelector (start_pos, end_pos) and a TextQuoteSelector (exact, prefix, suffix).
CREATE TABLE annotations (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('highlight', 'comment', 'quote')),
    color           TEXT NOT NULL DEFAULT 'yellow',
    start_pos       INTEGER,           -- NULL while orphaned
    end_pos         INTEGER,
    exact           TEXT NOT NULL,     -- the text the annotation covers now
    prefix          TEXT NOT NULL DEFAULT '',
    suffix          TEXT NOT NULL DEFAULT '',
    original_exact  TEXT,              -- the wording at capture when it has since changed
    anchor_state    TEXT NOT NULL DEFAULT 'anchored' CHECK (anchor_state IN ('anchored', 'changed', 'orphan')),
    anchored_revision INTEGER,
    comment         TEXT NOT NULL DEFAULT '',  -- Markdown
    speaker_id      INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
    quote_kind      TEXT CHECK (quote_kind IN ('direct', 'partial', 'reported')),
    verb            TEXT,
    created         INTEGER NOT NULL,
    updated         INTEGER NOT NULL
);
CREATE INDEX annotations_by_article ON annotations(article_id, start_pos);
CREATE INDEX annotations_by_speaker ON annotations(speaker_id);

CREATE VIRTUAL TABLE annotations_fts USING fts5(
    exact, comment,
    content = 'annotations', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER annotations_fts_insert AFTER INSERT ON annotations BEGIN
    INSERT INTO annotations_fts(rowid, exact, comment) VALUES (new.id, new.exact, new.comment);
END;
CREATE TRIGGER annotations_fts_delete AFTER DELETE ON annotations BEGIN
    INSERT INTO annotations_fts(annotations_fts, rowid, exact, comment) VALUES ('delete', old.id, old.exact, old.comment);
END;
CREATE TRIGGER annotations_fts_update AFTER UPDATE OF exact, comment ON annotations BEGIN
    INSERT INTO annotations_fts(annotations_fts, rowid, exact, comment) VALUES ('delete', old.id, old.exact, old.comment);
    INSERT INTO annotations_fts(rowid, exact, comment) VALUES (new.id, new.exact, new.comment);
END;

-- Labels are shared free-form tags: on articles (labels) and on annotations (tags).
CREATE TABLE labels (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE COLLATE NOCASE,
    color  TEXT
);
CREATE TABLE article_labels (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    label_id    INTEGER NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, label_id)
) WITHOUT ROWID;
CREATE TABLE annotation_tags (
    annotation_id  INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    label_id       INTEGER NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, label_id)
) WITHOUT ROWID;
CREATE INDEX annotation_tags_by_label ON annotation_tags(label_id);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT
) WITHOUT ROWID;
