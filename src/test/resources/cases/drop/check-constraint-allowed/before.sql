CREATE TABLE product (id bigint PRIMARY KEY, price numeric(10,2) CONSTRAINT product_price_check CHECK (price > 0));
