CREATE TABLE customers (id bigint NOT NULL, region text, name text NOT NULL) PARTITION BY LIST (region);
CREATE TABLE customers_eu PARTITION OF customers FOR VALUES IN ('de', 'fr');
CREATE TABLE customers_us PARTITION OF customers FOR VALUES IN ('us', NULL);
CREATE TABLE customers_other PARTITION OF customers DEFAULT;
CREATE INDEX customers_name_idx ON customers (name);
INSERT INTO customers VALUES (1, 'de', 'a'), (2, 'us', 'b'), (3, NULL, 'c'), (4, 'jp', 'd');
