-- alter column public.orders.note: rename from remark
ALTER TABLE "public"."orders" RENAME COLUMN "remark" TO "note";
