-- A check added NOT VALID (by hand, or by an apply that stopped) while rows break it: VALIDATE would fail.
CREATE TABLE product (id bigint PRIMARY KEY, price numeric(10,2) NOT NULL);
INSERT INTO product VALUES (1, 5.00), (2, -1.00), (3, -2.50);
ALTER TABLE product ADD CONSTRAINT product_price_positive CHECK (price > 0) NOT VALID;
