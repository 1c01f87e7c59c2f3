CREATE TABLE product (id bigint PRIMARY KEY, price_cents integer NOT NULL);
INSERT INTO product VALUES (1, 1999), (2, 500);
