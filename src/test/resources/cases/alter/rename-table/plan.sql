-- alter table public.customer: rename from person
ALTER TABLE "public"."person" RENAME TO "customer";
