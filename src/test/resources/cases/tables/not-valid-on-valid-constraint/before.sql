CREATE TABLE item (id bigint PRIMARY KEY, qty integer NOT NULL CONSTRAINT item_qty_positive CHECK (qty > 0));
INSERT INTO item SELECT i, i FROM generate_series(1, 20) AS i;
