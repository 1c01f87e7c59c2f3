CREATE TABLE line (id bigint PRIMARY KEY, qty integer NOT NULL, price integer NOT NULL);
INSERT INTO line VALUES (1, 2, 300), (2, 1, 50);
CREATE VIEW line_total AS SELECT id, qty * price AS total FROM line;
