CREATE TABLE events (id bigint NOT NULL, occurred_at date NOT NULL) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2026_q1 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2026-03-01');
INSERT INTO events SELECT i, date '2026-01-01' + i FROM generate_series(0, 50) AS i;
