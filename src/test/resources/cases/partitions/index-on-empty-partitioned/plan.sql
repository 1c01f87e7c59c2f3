-- create index public.events.events_payload_idx: create (using gin)
CREATE INDEX "events_payload_idx" ON "public"."events" USING "gin" ("payload");
