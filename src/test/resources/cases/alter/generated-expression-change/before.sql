CREATE TABLE line_item (
    id bigint PRIMARY KEY,
    quantity integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    total numeric GENERATED ALWAYS AS (quantity * unit_price) STORED,
    CONSTRAINT line_item_total_nonnegative CHECK (total >= 0)
);
COMMENT ON COLUMN line_item.total IS 'quantity times price';
CREATE INDEX line_item_total_idx ON line_item (total);
CREATE VIEW big_line_item AS SELECT id, total FROM line_item WHERE total > 100;
INSERT INTO line_item (id, quantity, unit_price) SELECT i, i, 10.50 FROM generate_series(1, 50) AS i;
