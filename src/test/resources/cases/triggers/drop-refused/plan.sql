-- drop trigger public.items.items_log: drop [refused]
DROP TRIGGER "items_log" ON "public"."items";
