CREATE TABLE stock (sku text PRIMARY KEY, qty integer NOT NULL, warehouse text NOT NULL);
INSERT INTO stock VALUES ('a', 1, 'x'), ('b', 0, 'y');
CREATE VIEW stock_level AS SELECT sku, qty FROM stock;
CREATE VIEW empty_stock AS SELECT sku FROM stock_level WHERE qty = 0;
