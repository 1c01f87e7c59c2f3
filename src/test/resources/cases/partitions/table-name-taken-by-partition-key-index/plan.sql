-- create table public.orders_2025_pkey: create (2 columns)
CREATE TABLE "public"."orders_2025_pkey" (
    "id" bigint NOT NULL,
    "note" text,
    CONSTRAINT "orders_2025_pkey_pkey" PRIMARY KEY ("id")
);
-- create column public.orders.note: add (text, nullable)
ALTER TABLE "public"."orders" ADD COLUMN "note" text;
-- alter table public.orders_2025_pkey: name taken by an index of a partition [refused]
