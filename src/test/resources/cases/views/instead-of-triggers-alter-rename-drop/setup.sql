CREATE FUNCTION ins_a() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO account (id, email) VALUES (NEW.id, NEW.email); RETURN NEW; END $$;
CREATE FUNCTION ins_b() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO account (id, email, active) VALUES (NEW.id, lower(NEW.email), true); RETURN NEW; END $$;
CREATE FUNCTION del() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM account WHERE id = OLD.id; RETURN OLD; END $$;
