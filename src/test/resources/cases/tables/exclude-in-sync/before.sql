-- Written by hand as people do; before, the constraint was reported unmanaged and the YAML could not say it.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE shift (
    id bigint PRIMARY KEY,
    worker_id integer NOT NULL,
    span tsrange NOT NULL,
    CONSTRAINT shift_no_double_booking EXCLUDE USING gist (worker_id WITH =, span WITH &&) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO shift SELECT i, i % 10, tsrange('2026-01-01'::timestamp + i * interval '1 day', '2026-01-01'::timestamp + (i + 1) * interval '1 day') FROM generate_series(1, 100) AS i;
