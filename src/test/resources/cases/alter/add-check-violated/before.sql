CREATE TABLE product (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    price numeric(10,2) NOT NULL
);
INSERT INTO product (name, price) VALUES ('pen', 1.50), ('free sample', 0), ('refund', -3);
