CREATE TABLE sale (id bigint PRIMARY KEY, region text NOT NULL, day date NOT NULL, amount integer NOT NULL);
INSERT INTO sale SELECT g, 'r' || (g % 5), DATE '2026-01-01' + (g % 30), g FROM generate_series(1, 300) g;
CREATE MATERIALIZED VIEW daily_sale AS SELECT region, day, sum(amount) AS total FROM sale GROUP BY region, day;
CREATE UNIQUE INDEX daily_sale_key ON daily_sale (region, day);
CREATE INDEX daily_sale_big ON daily_sale (total DESC) WHERE total > 100;
CREATE INDEX daily_sale_lower_region ON daily_sale (lower(region));
COMMENT ON INDEX daily_sale_key IS 'one row per region and day';
ANALYZE daily_sale;
