CREATE TABLE event (id bigint PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL);
INSERT INTO event VALUES (1, 'login', '2026-01-01'), (2, 'logout', '2026-01-02');
