-- events_created_at_idx on the partitioned table events made an index on each partition, named by PostgreSQL
-- (events_2024_01_created_at_idx, ...): the model holds only the parent's index, yet the partitions' indexes hold
-- their names in the schema. The YAML gives a new index of audit_log one of those names: PostgreSQL would refuse it at
-- run time (42P07), after the steps before it ran; the plan refuses it first, naming the partition's index.
CREATE TABLE events (
    id bigint NOT NULL,
    created_at timestamptz NOT NULL,
    kind text NOT NULL
) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024_01 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE events_2024_02 PARTITION OF events FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');
CREATE INDEX events_created_at_idx ON events (created_at);
INSERT INTO events SELECT i, timestamptz '2024-01-01' + i * interval '1 hour', 'click' FROM generate_series(1, 1200) AS i;
CREATE TABLE audit_log (id bigint PRIMARY KEY, created_at timestamptz NOT NULL);
INSERT INTO audit_log SELECT i, timestamptz '2024-01-01' + i * interval '1 day' FROM generate_series(1, 50) AS i;
