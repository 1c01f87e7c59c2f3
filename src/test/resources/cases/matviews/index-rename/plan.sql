-- alter index public.region_total.region_total_by_total: rename from region_total_idx
ALTER INDEX "public"."region_total_idx" RENAME TO "region_total_by_total";
