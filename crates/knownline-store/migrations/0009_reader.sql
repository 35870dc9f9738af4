-- Whom an organisation's checks are written for: its country (where its people report and
-- whom they call: knowledge/countries.toml) and its people's language (steps and reasons).
-- NULL: not set (no country's services named; the browser's or the contact's language).

ALTER TABLE organisations ADD COLUMN country TEXT;
ALTER TABLE organisations ADD COLUMN language TEXT;
