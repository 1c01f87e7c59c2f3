CREATE SCHEMA archive;
CREATE TABLE events (
    id bigint NOT NULL,
    occurred_at timestamptz NOT NULL
) PARTITION BY RANGE (occurred_at);
CREATE TABLE archive.events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE archive.notes (id bigint PRIMARY KEY);
INSERT INTO events VALUES (1, '2025-03-01'), (2, '2026-03-01');
