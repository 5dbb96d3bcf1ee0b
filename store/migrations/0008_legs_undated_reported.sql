-- 0008: undated legs by when they were last reported. A digest shows an
-- undated plan only while its newest report is recent (a plan told weeks
-- ago without a date is stale), and called-off ones however old, which
-- may call off a dated plan; it read every undated leg of the archive
-- (years of them) to keep a handful. info_published is the newest report
-- merged into a leg (saver.mergeLeg: newer news wins and sets it). Partial
-- indexes: only undated legs, a few percent of all, are in them; plain
-- CREATE INDEX builds them on an existing database in one pass.
CREATE INDEX legs_undated_reported ON legs(info_published) WHERE day IS NULL;
CREATE INDEX legs_undated_cancelled ON legs(info_published) WHERE day IS NULL AND status = 'cancelled';
