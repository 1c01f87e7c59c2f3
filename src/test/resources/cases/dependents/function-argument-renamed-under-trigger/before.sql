CREATE TABLE items (id bigint PRIMARY KEY, price numeric NOT NULL);
INSERT INTO items VALUES (1, 5), (2, 5000);
CREATE FUNCTION is_big(n numeric) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT n > 1000 $$;
CREATE FUNCTION flag_big() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE NOTICE 'big: %', NEW.id; RETURN NEW; END
$$;
CREATE TRIGGER items_big BEFORE INSERT OR UPDATE ON items FOR EACH ROW WHEN (is_big(new.price)) EXECUTE FUNCTION flag_big();
