-- alter table public.customer: rename from person
ALTER TABLE "public"."person" RENAME TO "customer";
-- alter sequence public.customer_id_seq: rename from person_id_seq (serial customer.id)
ALTER SEQUENCE "public"."person_id_seq" RENAME TO "customer_id_seq";
-- alter sequence public.customer_ticket_seq: rename from person_ticket_seq (serial customer.ticket)
ALTER SEQUENCE "public"."person_ticket_seq" RENAME TO "customer_ticket_seq";
