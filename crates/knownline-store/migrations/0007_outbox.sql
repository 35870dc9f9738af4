-- Notifications become an outbox: each is written before it is sent and tried on a schedule
-- until it is delivered or given up, surviving restarts (and shared by several servers, which
-- claim a row for a while before sending it).

ALTER TABLE deliveries ADD COLUMN event TEXT NOT NULL DEFAULT '';
ALTER TABLE deliveries ADD COLUMN webhook_id TEXT;
-- What to send: for an email its address, subject and text; for a webhook its body. Cleared
-- once delivered.
ALTER TABLE deliveries ADD COLUMN payload TEXT NOT NULL DEFAULT '';
ALTER TABLE deliveries ADD COLUMN next_attempt_at TEXT;
ALTER TABLE deliveries ADD COLUMN claimed_until TEXT;
ALTER TABLE deliveries ADD COLUMN updated_at TEXT;
CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);
