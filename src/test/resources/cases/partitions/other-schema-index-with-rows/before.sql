CREATE SCHEMA archive;
CREATE TABLE events (
    id bigint NOT NULL,
    occurred_at timestamptz NOT NULL,
    kind text NOT NULL
) PARTITION BY RANGE (occurred_at);
CREATE TABLE archive.events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
INSERT INTO events SELECT i, timestamptz '2025-06-01' + i * interval '1 hour', 'click' FROM generate_series(1, 9000) AS i;
