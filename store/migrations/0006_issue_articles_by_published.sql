-- 0006: issue links keyed by (issue, published, article). Every query reads
-- an issue's links newest first (sources, latest development) or counts
-- them, which the old (issue_id, published_at) index served next to the
-- (issue_id, article_id) key: two B-trees ordered by issue, each taking an
-- insert at a random place for every link an ingested article adds. One
-- key now serves both; an article's published_at is the same in all its
-- links, so (issue, published, article) is unique exactly when (issue,
-- article) is. A table rebuild: seconds per million links.
CREATE TABLE issue_articles_new (
    issue_id       INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    published_at   INTEGER NOT NULL,
    evidence       TEXT    NOT NULL DEFAULT '',
    evidence_start INTEGER NOT NULL DEFAULT 0,
    evidence_len   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (issue_id, published_at, article_id)
) WITHOUT ROWID;
INSERT INTO issue_articles_new(issue_id, article_id, published_at, evidence, evidence_start, evidence_len)
    SELECT issue_id, article_id, published_at, evidence, evidence_start, evidence_len FROM issue_articles
    ORDER BY issue_id, published_at, article_id;
DROP TABLE issue_articles;
ALTER TABLE issue_articles_new RENAME TO issue_articles;
CREATE INDEX issue_articles_article ON issue_articles(article_id);
