-- 0009: how many sources each leg and each issue has, kept as their links
-- come and go. Every leg and issue record carries its source count (a
-- reply shows "+N more"), and both were counted at read time: a digest at
-- a million articles read about 250 legs and 50 issues, walking some 80,000
-- links (a replicated story's leg has over a thousand reports) to print a
-- few dozen counts. Triggers keep the counts whatever writes the links
-- (the saver's batches, an updated article's removal, merges, cascades);
-- each is one row update by primary key per link written, where the
-- link's own insert updates two or three B-trees.
ALTER TABLE legs ADD COLUMN source_count INTEGER NOT NULL DEFAULT 0;
UPDATE legs SET source_count = (SELECT count(*) FROM leg_sources WHERE leg_id = legs.id);
CREATE TRIGGER leg_sources_count_insert AFTER INSERT ON leg_sources BEGIN
    UPDATE legs SET source_count = source_count + 1 WHERE id = NEW.leg_id;
END;
CREATE TRIGGER leg_sources_count_delete AFTER DELETE ON leg_sources BEGIN
    UPDATE legs SET source_count = source_count - 1 WHERE id = OLD.leg_id;
END;
CREATE TRIGGER leg_sources_count_update AFTER UPDATE OF leg_id ON leg_sources BEGIN
    UPDATE legs SET source_count = source_count - 1 WHERE id = OLD.leg_id;
    UPDATE legs SET source_count = source_count + 1 WHERE id = NEW.leg_id;
END;

ALTER TABLE issues ADD COLUMN source_count INTEGER NOT NULL DEFAULT 0;
UPDATE issues SET source_count = (SELECT count(*) FROM issue_articles WHERE issue_id = issues.id);
CREATE TRIGGER issue_articles_count_insert AFTER INSERT ON issue_articles BEGIN
    UPDATE issues SET source_count = source_count + 1 WHERE id = NEW.issue_id;
END;
CREATE TRIGGER issue_articles_count_delete AFTER DELETE ON issue_articles BEGIN
    UPDATE issues SET source_count = source_count - 1 WHERE id = OLD.issue_id;
END;
CREATE TRIGGER issue_articles_count_update AFTER UPDATE OF issue_id ON issue_articles BEGIN
    UPDATE issues SET source_count = source_count - 1 WHERE id = OLD.issue_id;
    UPDATE issues SET source_count = source_count + 1 WHERE id = NEW.issue_id;
END;
