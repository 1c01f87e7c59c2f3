-- A unique key referenced by a foreign key changes definition (NULLS NOT DISTINCT, PostgreSQL 15+).
CREATE TABLE product (id bigint PRIMARY KEY, sku text, CONSTRAINT product_sku_key UNIQUE (sku));
CREATE TABLE line (id bigint PRIMARY KEY, sku text REFERENCES product (sku));
INSERT INTO product VALUES (1, 'A-1'), (2, 'B-2'), (3, NULL);
INSERT INTO line VALUES (10, 'A-1'), (11, 'B-2'), (12, NULL);
