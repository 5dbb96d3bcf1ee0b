-- 0001: the whole first schema. Times are unix seconds (UTC) so that they
-- sort and index as integers.

CREATE TABLE articles (
    id                INTEGER PRIMARY KEY,
    url               TEXT    NOT NULL DEFAULT '',
    canonical_url     TEXT,             -- NULL when the article has no URL at all
    outlet            TEXT    NOT NULL DEFAULT '',
    source            TEXT    NOT NULL DEFAULT '',
    external_id       TEXT    NOT NULL DEFAULT '',
    title             TEXT    NOT NULL DEFAULT '',
    byline            TEXT    NOT NULL DEFAULT '',
    published_at      INTEGER NOT NULL,
    published_assumed INTEGER NOT NULL DEFAULT 0,
    ingested_at       INTEGER NOT NULL,
    hash              TEXT    NOT NULL,
    text              TEXT    NOT NULL
);
CREATE UNIQUE INDEX articles_hash ON articles(hash);
CREATE UNIQUE INDEX articles_canonical_url ON articles(canonical_url) WHERE canonical_url IS NOT NULL;
CREATE INDEX articles_published ON articles(published_at);

-- External content: the text is stored once, in articles. The store writes
-- the index itself at the end of each batch rather than from triggers: FTS5
-- flushes its pending terms at every statement savepoint, and trigger-driven
-- writes open one per row, which made ingest three times slower.
-- detail=column: passage search matches words, never phrases, so word
-- positions (the bulk of an FTS index) are not stored for article text.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text,
    content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2',
    detail=column
);

CREATE TABLE people (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    name_key    TEXT    NOT NULL,       -- normalised: lower case, titles stripped
    surname     TEXT    NOT NULL,       -- last token of name_key
    full_name   INTEGER NOT NULL,       -- 1 when name_key has more than one token
    role        TEXT    NOT NULL DEFAULT '',
    gender      TEXT    NOT NULL DEFAULT '',
    quote_count INTEGER NOT NULL DEFAULT 0  -- quotes rows with this person_id, kept by the store per batch
);
CREATE UNIQUE INDEX people_name_key ON people(name_key);
CREATE INDEX people_surname ON people(surname, full_name);

CREATE TABLE person_aliases (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    alias_key TEXT    NOT NULL,
    alias     TEXT    NOT NULL,
    PRIMARY KEY (person_id, alias_key)
) WITHOUT ROWID;
CREATE INDEX person_aliases_key ON person_aliases(alias_key);

CREATE TABLE quotes (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id    INTEGER REFERENCES people(id),
    published_at INTEGER NOT NULL,  -- copied from the article so "newest first" is one index walk
    speaker      TEXT    NOT NULL DEFAULT '',
    mention      TEXT    NOT NULL DEFAULT '',
    cue          TEXT    NOT NULL DEFAULT '',
    kind         TEXT    NOT NULL DEFAULT '',
    text         TEXT    NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    sentence     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_person_published ON quotes(person_id, published_at) WHERE person_id IS NOT NULL;

-- Written by the store with articles_fts (see there).
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text,
    content='quotes', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TABLE legs (
    id               INTEGER PRIMARY KEY,
    person_id        INTEGER REFERENCES people(id),
    traveler         TEXT    NOT NULL,
    place            TEXT    NOT NULL,
    place_key        TEXT    NOT NULL,
    country          TEXT    NOT NULL DEFAULT '',
    date             TEXT    NOT NULL DEFAULT '',  -- TIMEX3 value, '' when unknown
    day              INTEGER,                      -- start of date, unix seconds; NULL when unknown
    after            TEXT    NOT NULL DEFAULT '',
    when_text        TEXT    NOT NULL DEFAULT '',
    status           TEXT    NOT NULL DEFAULT '',
    what             TEXT    NOT NULL DEFAULT '',
    counterparts     TEXT    NOT NULL DEFAULT '[]', -- JSON array
    evidence         TEXT    NOT NULL DEFAULT '',
    start            INTEGER NOT NULL DEFAULT 0,
    "end"            INTEGER NOT NULL DEFAULT 0,
    info_published   INTEGER NOT NULL DEFAULT 0     -- published_at of the article the fields come from
);
CREATE INDEX legs_person_place ON legs(person_id, place_key, date);
CREATE INDEX legs_day ON legs(day);
CREATE INDEX legs_person_day ON legs(person_id, day);

CREATE TABLE leg_sources (
    leg_id       INTEGER NOT NULL REFERENCES legs(id) ON DELETE CASCADE,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    published_at INTEGER NOT NULL,
    PRIMARY KEY (leg_id, article_id)
) WITHOUT ROWID;
CREATE INDEX leg_sources_article ON leg_sources(article_id);
CREATE INDEX leg_sources_leg_published ON leg_sources(leg_id, published_at);

CREATE TABLE issues (
    id         INTEGER PRIMARY KEY,
    title      TEXT    NOT NULL,
    keywords   TEXT    NOT NULL DEFAULT '[]',  -- JSON array
    status     TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    revived    INTEGER NOT NULL DEFAULT 0,
    closed_at  INTEGER,                        -- when an editor closed it
    edited     INTEGER NOT NULL DEFAULT 0,     -- an editor touched it: never drop it as an orphan
    latest     TEXT    NOT NULL DEFAULT '',
    latest_at  INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL
);
CREATE INDEX issues_latest ON issues(latest_at);
CREATE INDEX issues_status_latest ON issues(status, latest_at);

-- Words of an issue's title and keywords, to find merge candidates without a scan.
CREATE TABLE issue_terms (
    term     TEXT    NOT NULL,
    issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    PRIMARY KEY (term, issue_id)
) WITHOUT ROWID;
CREATE INDEX issue_terms_issue ON issue_terms(issue_id);

CREATE TABLE issue_articles (
    issue_id     INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    published_at INTEGER NOT NULL,
    evidence     TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (issue_id, article_id)
) WITHOUT ROWID;
CREATE INDEX issue_articles_article ON issue_articles(article_id);
CREATE INDEX issue_articles_issue_published ON issue_articles(issue_id, published_at);

CREATE TABLE issue_quotes (
    issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    PRIMARY KEY (issue_id, quote_id)
) WITHOUT ROWID;
CREATE INDEX issue_quotes_quote ON issue_quotes(quote_id);

CREATE TABLE digests (
    channel    TEXT    NOT NULL,
    slot       INTEGER NOT NULL,
    claimed_at INTEGER NOT NULL,
    ts         TEXT,
    PRIMARY KEY (channel, slot)
) WITHOUT ROWID;

CREATE TABLE slack_events (
    event_id TEXT    PRIMARY KEY,
    seen_at  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX slack_events_seen ON slack_events(seen_at);
