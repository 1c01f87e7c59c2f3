CREATE TABLE stock (sku text PRIMARY KEY, quantity bigint NOT NULL);
INSERT INTO stock VALUES ('a-1', 12), ('b-2', 0);
