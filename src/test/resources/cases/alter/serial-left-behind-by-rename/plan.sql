-- alter sequence public.customer_id_seq: rename from person_id_seq (serial customer.id)
ALTER SEQUENCE "public"."person_id_seq" RENAME TO "customer_id_seq";
