-- alter materialized view public.region_total: empty (with no data)
REFRESH MATERIALIZED VIEW "public"."region_total" WITH NO DATA;
