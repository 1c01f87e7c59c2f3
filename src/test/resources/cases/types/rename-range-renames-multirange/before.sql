-- A range renamed: its multirange (PostgreSQL 14+) had the default name, period_multirange, and the YAML names
-- none, so it must follow the range's new name (booking_period_multirange); ALTER TYPE renames the range alone.
CREATE TYPE period AS RANGE (subtype = timestamptz);
COMMENT ON TYPE period IS 'when a room is taken';
CREATE TABLE booking (id bigint PRIMARY KEY, room text NOT NULL, during period NOT NULL);
INSERT INTO booking VALUES
  (1, 'blue', '[2026-01-01 10:00+00, 2026-01-01 12:00+00)'),
  (2, 'red',  '[2026-01-02 09:00+00, 2026-01-02 17:00+00)');
