CREATE TABLE reading (id bigint PRIMARY KEY, value integer NOT NULL);
INSERT INTO reading VALUES (1, 10), (2, 200);
CREATE FUNCTION note_high() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'high'; RETURN NEW; END $$;
CREATE TRIGGER reading_high AFTER INSERT ON reading FOR EACH ROW WHEN (new.value > 100) EXECUTE FUNCTION note_high();
