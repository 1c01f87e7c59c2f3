CREATE TABLE product (id bigint PRIMARY KEY, name text NOT NULL, price integer NOT NULL, note text);
INSERT INTO product VALUES (1, 'pen', 150, NULL), (2, 'ink', 400, 'blue');
CREATE VIEW product_card AS SELECT id, name, price, note FROM product;
COMMENT ON VIEW product_card IS 'one card per product';
