CREATE TABLE sku (
    id bigint PRIMARY KEY,
    code text NOT NULL,
    code_key text GENERATED ALWAYS AS (lower(code)) STORED,
    CONSTRAINT sku_code_key_unique UNIQUE (code_key)
);
CREATE UNIQUE INDEX sku_code_key_upper_idx ON sku (upper(code_key)) WHERE id > 1;
INSERT INTO sku (id, code) VALUES (1, 'ABC-1'), (2, 'ABC-2'), (3, 'XYZ-1'), (4, 'XYZ-2'), (5, 'QRS-1');
