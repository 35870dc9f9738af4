-- The language a person reads knownline's pages and answers in, when they chose one: it goes
-- before their organisation's and their browser's. NULL: not chosen.

ALTER TABLE users ADD COLUMN language TEXT;
