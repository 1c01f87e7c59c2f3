-- create index public.region_total.region_total_region: create
CREATE INDEX "region_total_region" ON "public"."region_total" USING "btree" ("region");
