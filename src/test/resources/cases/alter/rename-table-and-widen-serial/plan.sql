-- alter table public.customer: rename from person
ALTER TABLE "public"."person" RENAME TO "customer";
-- alter sequence public.customer_id_seq: rename from person_id_seq (serial customer.id)
ALTER SEQUENCE "public"."person_id_seq" RENAME TO "customer_id_seq";
-- alter column public.customer.id: serial → bigserial, sequence integer → bigint
ALTER TABLE "public"."customer" ALTER COLUMN "id" TYPE bigint USING "id"::bigint;
ALTER SEQUENCE "public"."customer_id_seq" AS bigint;
