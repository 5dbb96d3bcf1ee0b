-- 0008: undated legs by when they were reported. A digest shows an undated
-- plan only when it was reported in the fortnight before the day (a plan
-- told weeks ago without a date is stale), and reads called-off ones
-- however old, which may call off a dated plan; it read every undated leg
-- of the archive (years of them) to keep a handful. leg_sources_published
-- finds the legs reported in a window, a range whatever the archive's
-- size; legs_undated_cancelled holds the undated called-off legs only.
-- Ingest appends to the first (news arrives in date order) and rarely
-- touches the second. Plain CREATE INDEX builds both on an existing
-- database in one pass (0.2 s at a million articles, 80k leg sources).
CREATE INDEX leg_sources_published ON leg_sources(published_at);
CREATE INDEX legs_undated_cancelled ON legs(status) WHERE day IS NULL AND status = 'cancelled';
