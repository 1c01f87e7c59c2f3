-- alter table public.customer: rename from person
ALTER TABLE "public"."person" RENAME TO "customer";
-- alter sequence public.customer_id_seq1: rename from person_id_seq (serial customer.id)
ALTER SEQUENCE "public"."person_id_seq" RENAME TO "customer_id_seq1";
