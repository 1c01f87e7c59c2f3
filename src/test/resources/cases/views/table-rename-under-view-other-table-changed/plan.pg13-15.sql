-- alter table public.client: rename from customer
ALTER TABLE "public"."customer" RENAME TO "client";
-- alter view public.report: new query (columns kept)
CREATE OR REPLACE VIEW "public"."report" ("id", "size") AS (
SELECT client.id,
    client.size
   FROM client
);
-- alter constraint public.client.client_pkey: rename from customer_pkey
ALTER TABLE "public"."client" RENAME CONSTRAINT "customer_pkey" TO "client_pkey";
-- create constraint public.event.event_score_check: add check score >= 0 NOT VALID
ALTER TABLE "public"."event" ADD CONSTRAINT "event_score_check" CHECK (score >= 0) NOT VALID;
-- alter constraint public.event.event_score_check: validate [after commit]
ALTER TABLE "public"."event" VALIDATE CONSTRAINT "event_score_check";
