CREATE TABLE product (
    id bigint PRIMARY KEY,
    code varchar(20) NOT NULL,
    sku text GENERATED ALWAYS AS (upper(code)) STORED,
    CONSTRAINT product_sku_key UNIQUE (sku)
);
CREATE TABLE stock (
    id bigint PRIMARY KEY,
    sku text NOT NULL,
    CONSTRAINT stock_sku_fk FOREIGN KEY (sku) REFERENCES product (sku)
);
INSERT INTO product (id, code) VALUES (1, 'ab-1'), (2, 'cd-2');
INSERT INTO stock VALUES (1, 'AB-1'), (2, 'CD-2');
