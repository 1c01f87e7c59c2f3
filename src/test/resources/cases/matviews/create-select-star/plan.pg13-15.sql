-- create materialized view public.login_event: create
CREATE MATERIALIZED VIEW "public"."login_event" AS (
SELECT event.id,
    event.kind,
    event.at
   FROM event
  WHERE (event.kind = 'login'::text)
) WITH DATA;
COMMENT ON MATERIALIZED VIEW "public"."login_event" IS 'logins only';
-- create index public.login_event.login_event_at: create
CREATE INDEX "login_event_at" ON "public"."login_event" USING "btree" ("at");
