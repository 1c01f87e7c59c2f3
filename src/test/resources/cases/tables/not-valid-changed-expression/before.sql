CREATE TABLE item (id bigint PRIMARY KEY, qty integer NOT NULL);
INSERT INTO item SELECT i, i - 3 FROM generate_series(1, 20) AS i;
ALTER TABLE item ADD CONSTRAINT item_qty_check CHECK (qty > -10) NOT VALID;
