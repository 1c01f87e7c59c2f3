-- alter materialized view public.region_total: refresh (with data)
REFRESH MATERIALIZED VIEW "public"."region_total";
