-- alter materialized view public.region_total: rename from region_sum
ALTER MATERIALIZED VIEW "public"."region_sum" RENAME TO "region_total";
