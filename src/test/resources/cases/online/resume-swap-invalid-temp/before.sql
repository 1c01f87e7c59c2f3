-- Stopped while the new definition was being built: an INVALID index under the temporary name (made here as an
-- interrupted build leaves it: pg_index.indisvalid false), the old index still there.
CREATE TABLE event (id bigint PRIMARY KEY, account_id bigint NOT NULL, created_at timestamptz NOT NULL);
INSERT INTO event SELECT i, i % 20, now() - i * interval '1 minute' FROM generate_series(1, 300) AS i;
CREATE INDEX event_account_idx ON event (account_id);
CREATE INDEX event_account_idx_schemasync_new ON event (account_id, created_at DESC);
UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'event_account_idx_schemasync_new'::regclass;
