CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    remark text,
    total numeric(12,2) NOT NULL DEFAULT 0 CHECK (total >= 0)
);
CREATE INDEX orders_remark_idx ON orders (remark);
INSERT INTO orders (remark, total) VALUES ('leave at door', 12.5), (NULL, 3);
