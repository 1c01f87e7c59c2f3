-- alter materialized view public.event_kind: drop for a moment, around the change of column public.event.kind
DROP MATERIALIZED VIEW "public"."event_kind";
-- alter column public.event.kind: smallint → integer
ALTER TABLE "public"."event" ALTER COLUMN "kind" TYPE integer USING "kind"::integer;
-- alter materialized view public.event_kind: create again in its new form after the change of column public.event.kind
CREATE MATERIALIZED VIEW "public"."event_kind" AS (
SELECT DISTINCT event.kind
   FROM event
) WITH NO DATA;
