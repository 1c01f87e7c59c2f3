-- alter index public.region_total.region_total_total: rebuild (definition changed): built CONCURRENTLY as region_total_total_schemasync_new, then swapped in [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."region_total_total_schemasync_new";
CREATE INDEX CONCURRENTLY "region_total_total_schemasync_new" ON "public"."region_total" USING "btree" ("total" DESC, "region");
ALTER INDEX IF EXISTS "public"."region_total_total" RENAME TO "region_total_total_schemasync_old";
ALTER INDEX "public"."region_total_total_schemasync_new" RENAME TO "region_total_total";
DROP INDEX CONCURRENTLY IF EXISTS "public"."region_total_total_schemasync_old";
