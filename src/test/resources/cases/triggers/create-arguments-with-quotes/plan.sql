-- create trigger public.notes.notes_log: create (after insert or update, for each row)
CREATE TRIGGER "notes_log" AFTER INSERT OR UPDATE ON "public"."notes" FOR EACH ROW EXECUTE FUNCTION "public"."log_args"('it''s', 'back\slash', '$$ dollars $$', 'a, b', 'héllo wörld', '42', '  spaced  ');
