-- create table public.customers: create (3 columns), partitioned by LIST (region)
CREATE TABLE "public"."customers" (
    "id" bigint NOT NULL,
    "region" text NOT NULL,
    "name" text NOT NULL,
    CONSTRAINT "customers_pkey" PRIMARY KEY ("id", "region")
) PARTITION BY LIST (region);
-- create table public.customers_eu: create partition of customers FOR VALUES IN ('de', 'fr', 'it''s')
CREATE TABLE "public"."customers_eu" PARTITION OF "public"."customers" FOR VALUES IN ('de', 'fr', 'it''s');
-- create table public.customers_other: create partition of customers DEFAULT
CREATE TABLE "public"."customers_other" PARTITION OF "public"."customers" DEFAULT;
COMMENT ON TABLE "public"."customers_other" IS 'Everyone else';
-- create table public.customers_us: create partition of customers FOR VALUES IN ('us')
CREATE TABLE "public"."customers_us" PARTITION OF "public"."customers" FOR VALUES IN ('us');
