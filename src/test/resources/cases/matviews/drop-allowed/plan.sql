-- drop materialized view public.region_total: drop
DROP MATERIALIZED VIEW "public"."region_total";
