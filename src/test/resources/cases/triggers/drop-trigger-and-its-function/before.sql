CREATE TABLE items (id bigint PRIMARY KEY, name text NOT NULL, updated_at timestamptz);
INSERT INTO items VALUES (1, 'pen', NULL);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER items_touch BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION touch();
