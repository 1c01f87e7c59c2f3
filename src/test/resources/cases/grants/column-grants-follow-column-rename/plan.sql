-- alter column public.orders.remark: rename from note
ALTER TABLE "public"."orders" RENAME COLUMN "note" TO "remark";
