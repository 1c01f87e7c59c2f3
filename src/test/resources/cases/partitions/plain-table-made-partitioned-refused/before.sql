CREATE TABLE events (id bigint NOT NULL, occurred_at date NOT NULL);
INSERT INTO events VALUES (1, '2026-01-01');
