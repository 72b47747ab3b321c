-- Search (issue 7): articles are also found by their source, annotations also by their speaker's name
-- and their tags. Both full-text indexes are rebuilt with the new columns.
--
-- The annotation index reads its rows from a view that joins the speaker and the tags. Every change
-- that alters what the view shows for an annotation removes the annotation's index entry BEFORE the
-- change (with the values the view shows then, as FTS5's 'delete' requires) and adds it again AFTER.
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, author, source, text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, author, source, text) VALUES (new.id, new.title, new.author, new.source, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, author, source, text)
        VALUES ('delete', old.id, old.title, old.author, old.source, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, author, source, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, author, source, text)
        VALUES ('delete', old.id, old.title, old.author, old.source, old.text);
    INSERT INTO articles_fts(rowid, title, author, source, text) VALUES (new.id, new.title, new.author, new.source, new.text);
END;
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');

DROP TRIGGER annotations_fts_insert;
DROP TRIGGER annotations_fts_delete;
DROP TRIGGER annotations_fts_update;
DROP TABLE annotations_fts;

CREATE VIEW annotation_search AS
SELECT n.id AS id, n.exact AS exact, n.comment AS comment, coalesce(s.name, '') AS speaker,
       coalesce((SELECT group_concat(l.name, ' ') FROM annotation_tags t JOIN labels l ON l.id = t.label_id
                 WHERE t.annotation_id = n.id), '') AS tags
FROM annotations n LEFT JOIN speakers s ON s.id = n.speaker_id;

CREATE VIRTUAL TABLE annotations_fts USING fts5(
    exact, comment, speaker, tags,
    content = 'annotation_search', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER annotations_fts_insert AFTER INSERT ON annotations BEGIN
    INSERT INTO annotations_fts(rowid, exact, comment, speaker, tags)
        SELECT id, exact, comment, speaker, tags FROM annotation_search WHERE id = new.id;
END;
CREATE TRIGGER annotations_fts_before_delete BEFORE DELETE ON annotations BEGIN
    INSERT INTO annotations_fts(annotations_fts, rowid, exact, comment, speaker, tags)
        SELECT 'delete', id, exact, comment, speaker, tags FROM annotation_search WHERE id = old.id;
END;
CREATE TRIGGER annotations_fts_before_update BEFORE UPDATE OF exact, comment, speaker_id ON annotations BEGIN
    INSERT INTO annotations_fts(annotations_fts, rowid, exact, comment, speaker, tags)
        SELECT 'delete', id, exact, comment, speaker, tags FROM annotation_search WHERE id = old.id;
END;
CREATE TRIGGER annotations_fts_after_update AFTER UPDATE OF exact, comment, speaker_id ON annotations BEGIN
    INSERT INTO annotations_fts(rowid, exact, comment, speaker, tags)
        SELECT id, exact, comment, speaker, tags FROM annotation_search WHERE id = new.id;
END;

CREATE TRIGGER annotation_tags_fts_before_insert BEFORE INSERT ON annotation_tags BEGIN
    INSERT INTO annotations_fts(annotations_fts, rowid, exact, comment, speaker, tags)
        SELECT 'delete', id, exact, comment, speaker, tags FROM annotation_search WHERE id = new.annotation_id;
END;
CREATE TRIGGER annotation_tags_fts_after_insert AFTER INSERT ON annotation_tags BEGIN
    INSERT INTO annotations_fts(rowid, exact, comment, speaker, tags)
        SELECT id, exact, comment, speaker, tags FROM annotation_search WHERE id = new.annotation_id;
END;
CREATE TRIGGER annotation_tags_fts_before_delete BEFORE DELETE ON annotation_tags BEGIN
    INSERT INTO annotations_fts(annotations_fts, rowid, exact, comment, speaker, tags)
        SELECT 'delete', id, exact, comment, speaker, tags FROM annotation_search WHERE id = old.annotation_id;
END;
CREATE TRIGGER annotation_tags_fts_after_delete AFTER DELETE ON annotation_tags BEGIN
    INSERT INTO annotations_fts(rowid, exact, comment, speaker, tags)
        SELECT id, exact, comment, speaker, tags FROM annotation_search WHERE id = old.annotation_id;
END;

CREATE TRIGGER speakers_fts_before_rename BEFORE UPDATE OF name ON speakers BEGIN
    INSERT INTO annotations_fts(annotations_fts, rowid, exact, comment, speaker, tags)
        SELECT 'delete', v.id, v.exact, v.comment, v.speaker, v.tags FROM annotation_search v
        JOIN annotations n ON n.id = v.id WHERE n.speaker_id = old.id;
END;
CREATE TRIGGER speakers_fts_after_rename AFTER UPDATE OF name ON speakers BEGIN
    INSERT INTO annotations_fts(rowid, exact, comment, speaker, tags)
        SELECT v.id, v.exact, v.comment, v.speaker, v.tags FROM annotation_search v
        JOIN annotations n ON n.id = v.id WHERE n.speaker_id = new.id;
END;
-- Deleting a speaker sets its annotations' speaker_id to NULL, which the update triggers above see.

CREATE TRIGGER labels_fts_before_rename BEFORE UPDATE OF name ON labels BEGIN
    INSERT INTO annotations_fts(annotations_fts, rowid, exact, comment, speaker, tags)
        SELECT 'delete', v.id, v.exact, v.comment, v.speaker, v.tags FROM annotation_search v
        WHERE v.id IN (SELECT annotation_id FROM annotation_tags WHERE label_id = old.id);
END;
CREATE TRIGGER labels_fts_after_rename AFTER UPDATE OF name ON labels BEGIN
    INSERT INTO annotations_fts(rowid, exact, comment, speaker, tags)
        SELECT v.id, v.exact, v.comment, v.speaker, v.tags FROM annotation_search v
        WHERE v.id IN (SELECT annotation_id FROM annotation_tags WHERE label_id = new.id);
END;
-- Deleting a label deletes its annotation_tags rows (ON DELETE CASCADE), which fire the tag triggers.

INSERT INTO annotations_fts(annotations_fts) VALUES ('rebuild');
