-- drop materialized view public.region_total: drop [refused]
DROP MATERIALIZED VIEW "public"."region_total";
