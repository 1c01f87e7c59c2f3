CREATE TABLE sku (
    code text COLLATE "C" NOT NULL PRIMARY KEY,
    label character varying(100) COLLATE pg_catalog."C"
);
COMMENT ON TABLE sku IS 'Stock keeping units';
COMMENT ON COLUMN sku.code IS 'Printed on the label';
