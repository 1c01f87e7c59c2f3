-- create table public.measurements: create (3 columns), partitioned by RANGE (taken_on)
CREATE TABLE "public"."measurements" (
    "taken_on" date NOT NULL,
    "kind" text NOT NULL,
    "value" numeric
) PARTITION BY RANGE (taken_on);
-- create table public.measurements_2026: create partition of measurements FOR VALUES FROM ('2026-01-01') TO ('2027-01-01'), partitioned by LIST (kind)
CREATE TABLE "public"."measurements_2026" PARTITION OF "public"."measurements" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') PARTITION BY LIST (kind);
-- create table public.measurements_2026_rest: create partition of measurements_2026 DEFAULT
CREATE TABLE "public"."measurements_2026_rest" PARTITION OF "public"."measurements_2026" DEFAULT;
-- create table public.measurements_2026_temp: create partition of measurements_2026 FOR VALUES IN ('temperature')
CREATE TABLE "public"."measurements_2026_temp" PARTITION OF "public"."measurements_2026" FOR VALUES IN ('temperature');
-- create table public.measurements_old: create partition of measurements FOR VALUES FROM (MINVALUE) TO ('2026-01-01')
CREATE TABLE "public"."measurements_old" PARTITION OF "public"."measurements" FOR VALUES FROM (MINVALUE) TO ('2026-01-01');
