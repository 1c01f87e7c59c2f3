CREATE TABLE product (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    sku text,
    price numeric(10,2)
);
CREATE INDEX product_sku_idx ON product (sku);
COMMENT ON TABLE product IS 'Products';
COMMENT ON COLUMN product.name IS 'old name comment';
COMMENT ON COLUMN product.sku IS 'stock keeping unit';
