-- As partition-by-changed-referenced, and the plan also renames the referencing table alerts to event_alerts and
-- its column event_id to fired_event_id (rows, NULL until an event fires) and its key to event_alerts_event_fk, and
-- changes event_notes' foreign key (ON DELETE CASCADE now): alerts' key is dropped (under its old name) before the
-- DROP TABLE and added again under the new names;
-- event_notes' old form is dropped before it and its new form added after the new table.
CREATE TABLE events (
    id bigint NOT NULL,
    occurred_at date NOT NULL,
    kind text NOT NULL,
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE alerts (
    id bigint PRIMARY KEY,
    event_id bigint,
    event_on date,
    CONSTRAINT alerts_event_fk FOREIGN KEY (event_id, event_on) REFERENCES events (id, occurred_at) ON DELETE SET NULL
);
INSERT INTO alerts SELECT i, NULL, CASE WHEN i % 2 = 0 THEN date '2026-03-01' END FROM generate_series(1, 300) AS i;
CREATE TABLE event_notes (
    id bigint PRIMARY KEY,
    event_id bigint,
    event_on date,
    body text NOT NULL,
    CONSTRAINT event_notes_event_fk FOREIGN KEY (event_id, event_on) REFERENCES events (id, occurred_at)
);
INSERT INTO event_notes SELECT i, NULL, NULL, 'note ' || i FROM generate_series(1, 40) AS i;
