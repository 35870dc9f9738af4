-- Where an organisation's IT support is told of new reports and campaign warnings, and every
-- notification sent (or not), for IT support to see what failed.

ALTER TABLE organisations ADD COLUMN notify_email TEXT;

CREATE TABLE deliveries (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    target TEXT NOT NULL,
    subject TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts BIGINT NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX deliveries_status ON deliveries (status, created_at);
