-- drop index public.region_total.region_total_total: drop
DROP INDEX "public"."region_total_total";
