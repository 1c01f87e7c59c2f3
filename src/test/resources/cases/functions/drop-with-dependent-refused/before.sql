CREATE FUNCTION discount(cents integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$SELECT cents * 9 / 10$$;
CREATE TABLE offer (id integer PRIMARY KEY, cents integer NOT NULL);
CREATE INDEX offer_discount_idx ON offer (discount(cents));
INSERT INTO offer VALUES (1, 1000);
