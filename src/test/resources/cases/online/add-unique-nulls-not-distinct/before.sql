CREATE TABLE device (id bigint PRIMARY KEY, owner_id bigint, serial text NOT NULL);
INSERT INTO device SELECT i, CASE WHEN i % 10 = 0 THEN NULL ELSE i END, 's' || i FROM generate_series(1, 300) AS i;
