-- create table public.measurements_2026: create partition of measurements FOR VALUES FROM ('2026-01-01') TO ('2027-01-01'), partitioned by LIST (kind)
CREATE TABLE "public"."measurements_2026" PARTITION OF "public"."measurements" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') PARTITION BY LIST (kind);
-- create table public.measurements_2026_rest: create partition of measurements_2026 DEFAULT
CREATE TABLE "public"."measurements_2026_rest" PARTITION OF "public"."measurements_2026" DEFAULT;
-- create table public.measurements_2026_temp: create partition of measurements_2026 FOR VALUES IN ('temperature')
CREATE TABLE "public"."measurements_2026_temp" PARTITION OF "public"."measurements_2026" FOR VALUES IN ('temperature');
-- create index public.measurements.measurements_kind_idx: create [after commit]
CREATE INDEX CONCURRENTLY IF NOT EXISTS "measurements_2025_measurements_kind_idx" ON "public"."measurements_2025" USING "btree" ("kind", "taken_on");
CREATE INDEX CONCURRENTLY IF NOT EXISTS "measurements_2026_rest_measurements_2026_measurements_kind_idx" ON "public"."measurements_2026_rest" USING "btree" ("kind", "taken_on");
CREATE INDEX CONCURRENTLY IF NOT EXISTS "measurements_2026_temp_measurements_2026_measurements_kind_idx" ON "public"."measurements_2026_temp" USING "btree" ("kind", "taken_on");
CREATE INDEX IF NOT EXISTS "measurements_2026_measurements_kind_idx" ON ONLY "public"."measurements_2026" USING "btree" ("kind", "taken_on");
ALTER INDEX "public"."measurements_2026_measurements_kind_idx" ATTACH PARTITION "public"."measurements_2026_rest_measurements_2026_measurements_kind_idx";
ALTER INDEX "public"."measurements_2026_measurements_kind_idx" ATTACH PARTITION "public"."measurements_2026_temp_measurements_2026_measurements_kind_idx";
CREATE INDEX CONCURRENTLY IF NOT EXISTS "measurements_old_measurements_kind_idx" ON "public"."measurements_old" USING "btree" ("kind", "taken_on");
CREATE INDEX IF NOT EXISTS "measurements_kind_idx" ON ONLY "public"."measurements" USING "btree" ("kind", "taken_on");
ALTER INDEX "public"."measurements_kind_idx" ATTACH PARTITION "public"."measurements_2025_measurements_kind_idx";
ALTER INDEX "public"."measurements_kind_idx" ATTACH PARTITION "public"."measurements_2026_measurements_kind_idx";
ALTER INDEX "public"."measurements_kind_idx" ATTACH PARTITION "public"."measurements_old_measurements_kind_idx";
