-- Webhooks that tell an organisation's IT support of new reports and campaign warnings (JSON,
-- Slack or Teams bodies, signed with the hook's secret), which organisation each
-- notification concerned (so analysts see only their own), and the organisation's check link
-- for people without an account (kept only as a hash).

CREATE TABLE webhooks (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    format TEXT NOT NULL,
    secret TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX webhooks_org ON webhooks (org_id);

ALTER TABLE deliveries ADD COLUMN org_id TEXT;
CREATE INDEX deliveries_org ON deliveries (org_id, created_at);

ALTER TABLE organisations ADD COLUMN check_link_hash TEXT;
CREATE UNIQUE INDEX organisations_check_link ON organisations (check_link_hash);

-- Who reported through a check link (no account): the name and address they gave, for the reply.
ALTER TABLE incidents ADD COLUMN reporter_contact TEXT NOT NULL DEFAULT '';
