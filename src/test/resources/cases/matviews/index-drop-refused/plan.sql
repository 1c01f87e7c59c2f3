-- drop index public.region_total.region_total_total: drop [refused]
DROP INDEX "public"."region_total_total";
