-- create trigger public.orders.orders_audit: create (after insert or update or delete, for each statement)
CREATE TRIGGER "orders_audit" AFTER INSERT OR UPDATE OR DELETE ON "public"."orders" FOR EACH STATEMENT WHEN ((pg_trigger_depth() < 1)) EXECUTE FUNCTION "public"."audit_orders"();
