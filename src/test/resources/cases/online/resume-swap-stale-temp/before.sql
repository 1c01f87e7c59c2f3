-- A temporary index of a rebuild whose YAML changed again since (the index is now in sync): schemasync's own,
-- dropped CONCURRENTLY without --allow-destructive.
CREATE TABLE event (id bigint PRIMARY KEY, account_id bigint NOT NULL, created_at timestamptz NOT NULL);
INSERT INTO event SELECT i, i % 20, now() - i * interval '1 minute' FROM generate_series(1, 300) AS i;
CREATE INDEX event_account_idx ON event (account_id, created_at DESC);
CREATE INDEX event_account_idx_schemasync_new ON event (account_id);
