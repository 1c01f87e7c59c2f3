CREATE FUNCTION gen_ref() RETURNS text LANGUAGE sql AS $$SELECT 'R' || floor(random() * 1000)::int$$;
CREATE TABLE shipment (id integer PRIMARY KEY, ref text NOT NULL DEFAULT gen_ref());
INSERT INTO shipment (id) VALUES (1), (2);
