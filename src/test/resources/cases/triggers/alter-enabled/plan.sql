-- alter trigger public.items.items_log: enabled origin → always
ALTER TABLE "public"."items" ENABLE ALWAYS TRIGGER "items_log";
-- alter trigger public.items.items_log_replica: enabled disabled → replica
ALTER TABLE "public"."items" ENABLE REPLICA TRIGGER "items_log_replica";
-- alter trigger public.items.items_touch: enabled origin → disabled
ALTER TABLE "public"."items" DISABLE TRIGGER "items_touch";
