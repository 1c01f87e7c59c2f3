CREATE TABLE items (id bigint PRIMARY KEY, name text NOT NULL, price numeric NOT NULL, updated_at timestamptz);
INSERT INTO items VALUES (1, 'pen', 2, NULL), (2, 'ink', 7, NULL);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE FUNCTION log_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE '% %', TG_OP, TG_ARGV; RETURN NULL; END $$;
CREATE TRIGGER items_log AFTER UPDATE ON items FOR EACH ROW EXECUTE FUNCTION log_change();
