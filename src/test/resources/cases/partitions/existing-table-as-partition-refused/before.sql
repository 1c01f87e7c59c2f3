CREATE TABLE events (id bigint NOT NULL, occurred_at date NOT NULL) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2026 (id bigint NOT NULL, occurred_at date NOT NULL);
INSERT INTO events_2026 VALUES (1, '2026-03-01');
