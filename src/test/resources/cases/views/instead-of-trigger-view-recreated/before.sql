CREATE TABLE account (id bigint PRIMARY KEY, email text NOT NULL, name text, active boolean NOT NULL DEFAULT true);
INSERT INTO account VALUES (1, 'a@example.com', 'A', true), (2, 'b@example.com', 'B', false);
CREATE FUNCTION account_ins() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO account (id, email) VALUES (NEW.id, NEW.email); RETURN NEW; END $$;
CREATE VIEW active_account AS SELECT id, email, name FROM account WHERE active;
CREATE TRIGGER active_account_ins INSTEAD OF INSERT ON active_account FOR EACH ROW EXECUTE FUNCTION account_ins();
CREATE TRIGGER active_account_upd INSTEAD OF UPDATE ON active_account FOR EACH ROW EXECUTE FUNCTION account_ins();
