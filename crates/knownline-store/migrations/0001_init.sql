-- knownline's store. One schema for SQLite and PostgreSQL: portable types only (TEXT,
-- BIGINT), ids made by the application, times as RFC 3339 UTC text (sortable).

CREATE TABLE organisations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

CREATE TABLE directory_entries (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    role TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    verified_by TEXT,
    verified_at TEXT,
    source TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (org_id, name_key)
);
CREATE INDEX directory_entries_role ON directory_entries (org_id, role, name_key);

-- An entry's lists: aliases, phones (E.164), domains, websites, and the lookup keys of its
-- name and aliases (kind 'key'), in order.
CREATE TABLE entry_values (
    entry_id TEXT NOT NULL REFERENCES directory_entries (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    position BIGINT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (entry_id, kind, position)
);
CREATE INDEX entry_values_lookup ON entry_values (org_id, kind, value);

CREATE TABLE verifications (
    id TEXT PRIMARY KEY,
    org_id TEXT REFERENCES organisations (id) ON DELETE CASCADE,
    asked_by TEXT NOT NULL,
    claims TEXT NOT NULL,
    number TEXT,
    sender TEXT,
    status TEXT NOT NULL,
    answer TEXT NOT NULL,
    created_at TEXT NOT NULL,
    outcome TEXT,
    outcome_by TEXT,
    outcome_at TEXT
);
CREATE INDEX verifications_org ON verifications (org_id, created_at);

-- Numbers, domains and addresses confirmed in scams, installation-wide.
CREATE TABLE indicators (
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    count BIGINT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    source TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, value)
);
CREATE INDEX indicators_value ON indicators (value);

-- Every change, who made it and when. Never the contents of a contact.
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    org_id TEXT,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_org ON audit_log (org_id, at);
