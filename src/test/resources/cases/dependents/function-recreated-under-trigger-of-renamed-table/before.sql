CREATE TABLE item (id bigint PRIMARY KEY, price numeric NOT NULL, flagged boolean NOT NULL DEFAULT false);
INSERT INTO item VALUES (1, 5, false), (2, 5000, false);
CREATE FUNCTION is_big(n numeric) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT n > 1000 $$;
CREATE FUNCTION flag_big() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.flagged := true; RETURN NEW; END
$$;
CREATE TRIGGER item_big BEFORE INSERT OR UPDATE ON item FOR EACH ROW WHEN (is_big(new.price)) EXECUTE FUNCTION flag_big();
