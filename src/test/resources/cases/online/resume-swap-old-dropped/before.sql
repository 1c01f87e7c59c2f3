-- Stopped after the old index was dropped, before the new one was renamed.
CREATE TABLE event (id bigint PRIMARY KEY, account_id bigint NOT NULL, created_at timestamptz NOT NULL);
INSERT INTO event SELECT i, i % 20, now() - i * interval '1 minute' FROM generate_series(1, 300) AS i;
CREATE INDEX event_account_idx_schemasync_new ON event (account_id, created_at DESC);
