CREATE FUNCTION price_with_tax(cents integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT cents * 119 / 100 $$;
CREATE TABLE item (
    id bigint PRIMARY KEY,
    cents integer NOT NULL,
    gross integer DEFAULT price_with_tax(0),
    CONSTRAINT item_gross_check CHECK (price_with_tax(cents) >= cents)
);
CREATE INDEX item_gross_idx ON item (price_with_tax(cents));
CREATE VIEW item_gross AS SELECT id, price_with_tax(cents) AS gross FROM item;
INSERT INTO item (id, cents) VALUES (1, 100), (2, 250);
