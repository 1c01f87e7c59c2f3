-- alter materialized view public.region_total: comment 'totals per region, refreshed hourly'
COMMENT ON MATERIALIZED VIEW "public"."region_total" IS 'totals per region, refreshed hourly';
