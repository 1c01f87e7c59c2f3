-- create table public.orders: create (3 columns)
CREATE TABLE "public"."orders" (
    "id" bigint NOT NULL,
    "total" numeric,
    "note" text,
    CONSTRAINT "orders_pkey" PRIMARY KEY ("id")
);
-- alter table public.orders: grant select to app_reader; select (note), update (note), select (total), update (total) to app_writer
GRANT SELECT ON TABLE "public"."orders" TO "app_reader";
GRANT SELECT ("note", "total"), UPDATE ("note", "total") ON TABLE "public"."orders" TO "app_writer";
