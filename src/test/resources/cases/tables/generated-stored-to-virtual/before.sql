CREATE TABLE items (
    id bigint PRIMARY KEY,
    price numeric(12,2) NOT NULL,
    price_doubled numeric GENERATED ALWAYS AS (price * 2) STORED
);
INSERT INTO items SELECT i, i * 1.5 FROM generate_series(1, 100) AS i;
