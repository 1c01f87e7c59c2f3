CREATE TABLE event (id bigint PRIMARY KEY, kind text NOT NULL, tenant_id bigint NOT NULL);
ALTER TABLE event ALTER COLUMN kind SET STATISTICS 50;
INSERT INTO event SELECT i, 'k' || (i % 7), i % 100 FROM generate_series(1, 300) AS i;
