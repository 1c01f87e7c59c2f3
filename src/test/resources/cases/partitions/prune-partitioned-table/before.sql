CREATE TABLE events (
    id bigint NOT NULL,
    occurred_at timestamptz NOT NULL,
    kind text NOT NULL CONSTRAINT events_kind_not_blank CHECK (kind <> ''),
    payload jsonb,
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2026_01 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
CREATE TABLE events_2026_02 PARTITION OF events FOR VALUES FROM ('2026-02-01') TO ('2026-03-01');
CREATE TABLE events_default PARTITION OF events DEFAULT;
CREATE INDEX events_kind_idx ON events (kind, occurred_at);
INSERT INTO events SELECT i, timestamptz '2026-01-01' + i * interval '1 hour', 'click', NULL FROM generate_series(1, 1400) AS i;
