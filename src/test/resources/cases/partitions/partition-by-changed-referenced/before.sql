-- A new partition key on an empty partitioned table that foreign keys of other tables reference: alerts (rows, its
-- event columns NULL until an event fires) and event_notes (empty). The table is dropped and created again; the
-- foreign keys that reference it must be dropped before and added again after, never lost and never failing the
-- DROP TABLE halfway. events' own foreign key to accounts (rows) comes back with it.
CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);
INSERT INTO accounts SELECT i, 'account ' || i FROM generate_series(1, 50) AS i;
CREATE TABLE events (
    id bigint NOT NULL,
    occurred_at date NOT NULL,
    account_id bigint NOT NULL CONSTRAINT events_account_fk REFERENCES accounts (id),
    kind text NOT NULL,
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE alerts (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id),
    event_id bigint,
    event_on date,
    CONSTRAINT alerts_event_fk FOREIGN KEY (event_id, event_on) REFERENCES events (id, occurred_at) ON DELETE SET NULL
);
INSERT INTO alerts SELECT i, 1 + i % 50, NULL, NULL FROM generate_series(1, 300) AS i;
CREATE TABLE event_notes (
    event_id bigint NOT NULL,
    event_on date NOT NULL,
    body text NOT NULL,
    CONSTRAINT event_notes_event_fk FOREIGN KEY (event_id, event_on) REFERENCES events (id, occurred_at)
);
