CREATE TABLE sale (id bigint PRIMARY KEY, region text NOT NULL, amount numeric(10,2) NOT NULL, sold_at date NOT NULL DEFAULT '2026-01-01');
INSERT INTO sale (id, region, amount) SELECT g, CASE WHEN g % 2 = 0 THEN 'north' ELSE 'south' END, g FROM generate_series(1, 40) g;
CREATE MATERIALIZED VIEW region_total AS SELECT region, sum(amount) AS total FROM sale GROUP BY region;
