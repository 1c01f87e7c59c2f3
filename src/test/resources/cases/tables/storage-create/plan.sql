-- create table public.event: create (2 columns)
CREATE TABLE "public"."event" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "payload" jsonb,
    CONSTRAINT "event_pkey" PRIMARY KEY ("id")
) WITH ("autovacuum_enabled" = 'false', "autovacuum_vacuum_scale_factor" = '0.05', "fillfactor" = '70', "toast"."autovacuum_enabled" = 'false');
-- create index public.event.event_id_desc_idx: create
CREATE INDEX "event_id_desc_idx" ON "public"."event" USING "btree" ("id" DESC) WITH ("fillfactor" = '80');
-- create index public.event.event_payload_idx: create (using gin)
CREATE INDEX "event_payload_idx" ON "public"."event" USING "gin" ("payload") WITH ("fastupdate" = 'false');
