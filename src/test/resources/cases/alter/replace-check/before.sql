CREATE TABLE product (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    price numeric(10,2) NOT NULL,
    CONSTRAINT product_price_check CHECK (price > 0)
);
INSERT INTO product (name, price) VALUES ('pen', 1.50), ('free sample', 0.01);
