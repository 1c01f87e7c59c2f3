CREATE TABLE product (id bigint PRIMARY KEY, title text NOT NULL, price_cents integer NOT NULL);
INSERT INTO product VALUES (1, 'pen', 150), (2, 'notebook', 420);
