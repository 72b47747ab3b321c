-- Pictures from the web are not loaded unless the reader allows it (privacy: a picture's request
-- tells its server who read what, and when). The reader can allow it for one article at a time,
-- or for every article of a feed: this column.
ALTER TABLE feeds ADD COLUMN load_images INTEGER NOT NULL DEFAULT 0;
