-- create trigger public.events.t_always: create (before insert, for each row, always)
CREATE TRIGGER "t_always" BEFORE INSERT ON "public"."events" FOR EACH ROW EXECUTE FUNCTION "public"."noop"();
ALTER TABLE "public"."events" ENABLE ALWAYS TRIGGER "t_always";
-- create trigger public.events.t_disabled: create (before insert, for each row, disabled)
CREATE TRIGGER "t_disabled" BEFORE INSERT ON "public"."events" FOR EACH ROW EXECUTE FUNCTION "public"."noop"();
ALTER TABLE "public"."events" DISABLE TRIGGER "t_disabled";
-- create trigger public.events.t_false: create (before update, for each row, disabled)
CREATE TRIGGER "t_false" BEFORE UPDATE ON "public"."events" FOR EACH ROW EXECUTE FUNCTION "public"."noop"();
ALTER TABLE "public"."events" DISABLE TRIGGER "t_false";
-- create trigger public.events.t_origin: create (before insert, for each row)
CREATE TRIGGER "t_origin" BEFORE INSERT ON "public"."events" FOR EACH ROW EXECUTE FUNCTION "public"."noop"();
-- create trigger public.events.t_replica: create (before insert, for each row, replica)
CREATE TRIGGER "t_replica" BEFORE INSERT ON "public"."events" FOR EACH ROW EXECUTE FUNCTION "public"."noop"();
ALTER TABLE "public"."events" ENABLE REPLICA TRIGGER "t_replica";
