CREATE TABLE item (id bigint PRIMARY KEY, price integer NOT NULL);
INSERT INTO item VALUES (1, 5), (2, 5000);
CREATE FUNCTION price_band(p integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$SELECT p / 1000$$;
CREATE FUNCTION log_band() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE NOTICE 'band %', price_band(NEW.price); RETURN NEW; END
$$;
CREATE TRIGGER item_band AFTER INSERT ON item FOR EACH ROW WHEN (price_band(new.price) > 0) EXECUTE FUNCTION log_band();
CREATE VIEW item_band AS SELECT id, price_band(price) AS band FROM item;
