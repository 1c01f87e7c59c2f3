-- A new partition key on an empty partitioned table, one of whose partitions another table's foreign key references
-- (legacy_alerts, rows with NULL event columns, references the partition events_current itself); the YAML points
-- that key at the partitioned table: its old form is dropped before the DROP TABLE, its new form added after the
-- new table (NOT VALID, validated after the commit). alerts' key to the partitioned table is dropped and added again.
CREATE TABLE events (
    id bigint NOT NULL,
    occurred_at date NOT NULL,
    kind text NOT NULL,
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_current PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE alerts (
    id bigint PRIMARY KEY,
    event_id bigint,
    event_on date,
    CONSTRAINT alerts_event_fk FOREIGN KEY (event_id, event_on) REFERENCES events (id, occurred_at)
);
INSERT INTO alerts SELECT i, NULL, NULL FROM generate_series(1, 100) AS i;
CREATE TABLE legacy_alerts (
    id bigint PRIMARY KEY,
    event_id bigint,
    event_on date,
    CONSTRAINT legacy_alerts_event_fk FOREIGN KEY (event_id, event_on) REFERENCES events_current (id, occurred_at)
);
INSERT INTO legacy_alerts SELECT i, NULL, NULL FROM generate_series(1, 100) AS i;
