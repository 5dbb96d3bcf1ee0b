-- 0003: no query reads articles by publication date (quotes, leg sources and
-- issue links carry their own published_at for that), so the index only cost
-- every ingested article an extra B-tree insert. count(*) uses another index.
DROP INDEX IF EXISTS articles_published;
