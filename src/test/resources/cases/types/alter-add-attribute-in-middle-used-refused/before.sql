CREATE TYPE pair AS (a int, c text);
CREATE TABLE t (id int PRIMARY KEY, p pair);
INSERT INTO t VALUES (1, ROW(1, 'x'));
