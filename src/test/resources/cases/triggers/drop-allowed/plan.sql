-- drop trigger public.items.items_log: drop
DROP TRIGGER "items_log" ON "public"."items";
