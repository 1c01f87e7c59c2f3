CREATE SCHEMA archive;
CREATE TABLE events (
    id bigint NOT NULL,
    occurred_at date NOT NULL,
    kind text NOT NULL CONSTRAINT events_kind_not_blank CHECK (kind <> ''),
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE archive.events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX events_kind_idx ON events (kind);
COMMENT ON TABLE events IS 'What happened';
GRANT SELECT ON events TO app_reader;
CREATE VIEW recent_kinds AS SELECT DISTINCT kind FROM events;
GRANT SELECT ON recent_kinds TO app_reader;
-- Rows came and went: the table is empty now.
INSERT INTO events VALUES (1, '2026-02-01', 'click');
DELETE FROM events;
