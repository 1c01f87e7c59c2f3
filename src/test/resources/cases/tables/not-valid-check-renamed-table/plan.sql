-- alter table public.order_line: rename from line
ALTER TABLE "public"."line" RENAME TO "order_line";
-- alter column public.order_line.quantity: rename from qty
ALTER TABLE "public"."order_line" RENAME COLUMN "qty" TO "quantity";
-- alter constraint public.order_line.order_line_pkey: rename from line_pkey
ALTER TABLE "public"."order_line" RENAME CONSTRAINT "line_pkey" TO "order_line_pkey";
-- create constraint public.order_line.order_line_quantity_positive: add check quantity > 0 NOT VALID
ALTER TABLE "public"."order_line" ADD CONSTRAINT "order_line_quantity_positive" CHECK (quantity > 0) NOT VALID;
