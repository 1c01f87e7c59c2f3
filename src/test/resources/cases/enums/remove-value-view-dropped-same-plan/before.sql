-- Found by the schema pairs (seed 120714, pair 122): a label removed in the same plan that drops the view reading
-- the enum column, on a table with a row trigger whose WHEN reads the whole row.
CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('new', 'old', 'done');
CREATE TABLE app."user" (id bigint PRIMARY KEY, status app.status NOT NULL DEFAULT 'new', n integer);
CREATE FUNCTION app.touched() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER user_touched BEFORE UPDATE ON app."user" FOR EACH ROW
  WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION app.touched();
CREATE VIEW app.user_status AS SELECT id, status FROM app."user";
INSERT INTO app."user" SELECT g, CASE WHEN g % 2 = 0 THEN 'new' ELSE 'done' END::app.status, g FROM generate_series(1, 20) g;
