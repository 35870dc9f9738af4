-- Warnings IT support sends to every organisation a campaign touched.

CREATE TABLE warnings (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    campaign TEXT NOT NULL,
    message TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX warnings_org ON warnings (org_id, created_at);
