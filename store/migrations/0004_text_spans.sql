-- 0004: text spans instead of copies. A quote's sentence (often a whole
-- paragraph, ~630 bytes) is always a span of its article's text, and storing
-- it again made it the biggest column of the database (a third of the file, written twice per ingest:
-- WAL and checkpoint). New quotes store the span's byte offsets instead and
-- leave sentence empty; readers cut the span out of articles.text (see
-- quoteSentenceExpr). Rows stored before keep their sentence: adding
-- columns with a constant default rewrites nothing, so this is instant on
-- any database.
ALTER TABLE quotes ADD COLUMN sentence_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quotes ADD COLUMN sentence_len INTEGER NOT NULL DEFAULT 0;

-- The same for an issue link's evidence (a sentence of the article, ~130
-- bytes): issue_articles is ordered by issue, so every ingested article
-- inserts into it at random places, and the smaller its rows, the fewer
-- pages each batch rewrites. Read through issueEvidenceExpr.
ALTER TABLE issue_articles ADD COLUMN evidence_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE issue_articles ADD COLUMN evidence_len INTEGER NOT NULL DEFAULT 0;
