-- create table public.orders: create (3 columns)
CREATE TABLE "public"."orders" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "total" numeric NOT NULL,
    "note" text,
    CONSTRAINT "orders_pkey" PRIMARY KEY ("id")
);
-- alter table public.orders: grant select to app_reader; select, insert, update, delete to app_writer
GRANT SELECT ON TABLE "public"."orders" TO "app_reader";
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "public"."orders" TO "app_writer";
