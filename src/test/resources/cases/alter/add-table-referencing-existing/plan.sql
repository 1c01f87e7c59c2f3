-- create type public.address_kind: create enum (billing, shipping)
CREATE TYPE "public"."address_kind" AS ENUM ('billing', 'shipping');
-- create table public.address: create (4 columns)
CREATE TABLE "public"."address" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "customer_id" bigint NOT NULL,
    "kind" address_kind NOT NULL,
    "line1" text NOT NULL,
    CONSTRAINT "address_pkey" PRIMARY KEY ("id")
);
-- create index public.address.address_customer_idx: create
CREATE INDEX "address_customer_idx" ON "public"."address" USING "btree" ("customer_id");
-- create constraint public.address.address_customer_fk: add foreign key (customer_id) → public.customer(id)
ALTER TABLE "public"."address" ADD CONSTRAINT "address_customer_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer" ("id") ON DELETE CASCADE;
