-- Trust and privacy. The shared scam list gets a status and a provenance: a member's "it was
-- a scam" is a suggestion that changes no check; IT support (analysts, admins) confirms it.
-- Incidents keep IT support's replies apart from their private notes; people are invited by
-- a one-time link and choose their own password; every server sees a change to the shared
-- list or a directory at its next check.

-- `status`: suggested | active | removed. Only active ones reach checks (and never a value in
-- any organisation's directory). `id` is made by the application for rows made before this.
ALTER TABLE indicators ADD COLUMN id TEXT;
ALTER TABLE indicators ADD COLUMN status TEXT NOT NULL DEFAULT 'active';
ALTER TABLE indicators ADD COLUMN confirmed_by TEXT;
ALTER TABLE indicators ADD COLUMN confirmed_at TEXT;
ALTER TABLE indicators ADD COLUMN removed_by TEXT;
ALTER TABLE indicators ADD COLUMN removed_at TEXT;
-- 1 while the last STIX export carried it as active: a later export revokes it once.
ALTER TABLE indicators ADD COLUMN exported BIGINT NOT NULL DEFAULT 0;
-- What a directory value would equal: the number, or the registrable domain of a domain or a
-- link's host (filled by the application).
ALTER TABLE indicators ADD COLUMN dir_key TEXT NOT NULL DEFAULT '';
-- Contacts it has marked as scams in checks.
ALTER TABLE indicators ADD COLUMN hits BIGINT NOT NULL DEFAULT 0;
-- Reputation fed by anyone's verification outcome is only a suggestion now.
UPDATE indicators SET status = 'suggested' WHERE source = 'verification';
CREATE UNIQUE INDEX indicators_id ON indicators (id);
CREATE INDEX indicators_status ON indicators (status, value);

-- Where each indicator came from: one row per verification, incident or import (so a value
-- is counted once per incident, and withdrawn when its outcome or triage changes).
CREATE TABLE indicator_sources (
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    origin TEXT NOT NULL,
    reference TEXT NOT NULL,
    org_id TEXT,
    actor TEXT NOT NULL,
    at TEXT NOT NULL,
    confirmed BIGINT NOT NULL,
    count BIGINT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    PRIMARY KEY (kind, value, origin, reference)
);
CREATE INDEX indicator_sources_reference ON indicator_sources (origin, reference);
INSERT INTO indicator_sources (kind, value, origin, reference, org_id, actor, at, confirmed, count, first_seen, last_seen)
    SELECT kind, value, 'earlier', 'before 0008', NULL, source, last_seen,
           CASE WHEN source = 'verification' THEN 0 ELSE 1 END, count, first_seen, last_seen
    FROM indicators;

-- Directory values by value, for "is this in any organisation's directory?".
CREATE INDEX entry_values_value ON entry_values (value, kind);

-- The values of a reported contact that are the scam's own (its sender, call-back numbers,
-- links' hosts), as JSON, worked out by the engine when it was reported.
ALTER TABLE incidents ADD COLUMN indicators TEXT NOT NULL DEFAULT '';
-- What the reporter wrote with their report: theirs to read, unlike IT support's notes.
ALTER TABLE incidents ADD COLUMN report_note TEXT NOT NULL DEFAULT '';

-- IT support's answers to the reporter, which the reporter sees (unlike the notes).
CREATE TABLE incident_replies (
    id TEXT PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    author TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX incident_replies_incident ON incident_replies (incident_id, created_at);

-- An admin invites a person; the link (kept as a hash) works once, until it expires.
CREATE TABLE invitations (
    token_hash TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    role TEXT NOT NULL,
    org_ids TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
);
CREATE INDEX invitations_email ON invitations (email);

-- A counter every change to what checks see moves on (a directory, the shared list): each
-- server compares it before a check and reloads what it cached.
CREATE TABLE revisions (
    name TEXT PRIMARY KEY,
    n BIGINT NOT NULL
);
INSERT INTO revisions (name, n) VALUES ('checks', 0);
