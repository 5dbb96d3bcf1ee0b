-- 0002: quotes by organisations and unnamed sources ("a Downing Street
-- spokesman", "the Home Office") are findable by the speaker as written.
-- speaker_key is the speaker lower-cased without a leading article; it is
-- set only for quotes with no person.
ALTER TABLE quotes ADD COLUMN speaker_key TEXT NOT NULL DEFAULT '';
UPDATE quotes SET speaker_key = lower(trim(speaker)) WHERE person_id IS NULL AND speaker <> '';
CREATE INDEX quotes_speaker_key ON quotes(speaker_key, published_at) WHERE person_id IS NULL AND speaker_key <> '';
