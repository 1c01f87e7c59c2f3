CREATE TABLE event (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, kind text NOT NULL);
INSERT INTO event (kind) VALUES ('signup'), ('login'), ('login');
CREATE INDEX event_kind_idx ON event (kind);
-- What an interrupted CREATE INDEX CONCURRENTLY leaves (which a script cannot run here): an INVALID index.
UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'event_kind_idx'::regclass;
