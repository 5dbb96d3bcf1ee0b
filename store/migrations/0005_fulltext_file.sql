-- 0005: the full-text indexes move to their own file (FullTextPath, see
-- ftsdb.go), written by a second connection while the main writer carries
-- on: SQLite has one writer per file, and indexing was over a third of the
-- main writer's time during an archive load. This file keeps the queue of
-- what the index has yet to take, written in the same transaction as the
-- rows it names, so a crash between the two files loses nothing. The new
-- index file is built from the stored rows the first time the database is
-- opened after this migration.
DROP TABLE IF EXISTS articles_fts;
DROP TABLE IF EXISTS quotes_fts;

-- One row per change to the indexed rows: rowids [lo, hi) of quotes (else
-- articles) to index from their table (del = 0) or to remove (del = 1).
-- AUTOINCREMENT: seq never goes back, even when the queue is emptied, so
-- the index's "applied up to seq" stays meaningful.
CREATE TABLE fts_pending (
    seq   INTEGER PRIMARY KEY AUTOINCREMENT,
    quote INTEGER NOT NULL,
    del   INTEGER NOT NULL,
    lo    INTEGER NOT NULL,
    hi    INTEGER NOT NULL
);

-- db_id tells this database's index file from another's (a restored
-- backup's, a copy's); pruned is the last seq removed from the queue (an
-- index file that had not applied it must be rebuilt).
CREATE TABLE fts_meta (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    db_id  TEXT    NOT NULL,
    pruned INTEGER NOT NULL DEFAULT 0
);
INSERT INTO fts_meta(id, db_id) VALUES (1, lower(hex(randomblob(16))));
