-- create index public.region_total.region_total_big: create [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."region_total_big";
CREATE INDEX CONCURRENTLY "region_total_big" ON "public"."region_total" USING "btree" ("total") WHERE (total > (100)::numeric);
-- create index public.region_total.region_total_region: create (unique) [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."region_total_region";
CREATE UNIQUE INDEX CONCURRENTLY "region_total_region" ON "public"."region_total" USING "btree" ("region");
