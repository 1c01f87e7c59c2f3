CREATE TABLE note (id bigint PRIMARY KEY, body text NOT NULL, pinned smallint NOT NULL DEFAULT 0);
INSERT INTO note VALUES (1, 'a', 0);
CREATE VIEW pinned_note AS SELECT id, body FROM note WHERE pinned > 0;
CREATE FUNCTION pin_note() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO note VALUES (NEW.id, NEW.body, 1); RETURN NEW; END
$$;
CREATE TRIGGER pinned_note_insert INSTEAD OF INSERT ON pinned_note FOR EACH ROW EXECUTE FUNCTION pin_note();
