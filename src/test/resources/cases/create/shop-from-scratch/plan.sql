-- create extension public.citext: create
CREATE EXTENSION IF NOT EXISTS "citext" WITH SCHEMA "public";
-- create type public.order_status: create enum (pending, paid, shipped, cancelled)
CREATE TYPE "public"."order_status" AS ENUM ('pending', 'paid', 'shipped', 'cancelled');
-- create sequence public.invoice_number: create (start 1000)
CREATE SEQUENCE "public"."invoice_number" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1000 CACHE 1 NO CYCLE;
-- create table public.customer: create (3 columns)
CREATE TABLE "public"."customer" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "email" citext NOT NULL,
    "created_at" timestamp with time zone DEFAULT (now()) NOT NULL,
    CONSTRAINT "customer_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "customer_email_key" UNIQUE ("email")
);
COMMENT ON TABLE "public"."customer" IS 'People who can place orders';
-- create table public.order: create (5 columns)
CREATE TABLE "public"."order" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "customer_id" bigint NOT NULL,
    "status" order_status DEFAULT ('pending') NOT NULL,
    "total" numeric(12,2) DEFAULT (0) NOT NULL,
    "note" text,
    CONSTRAINT "order_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "order_total_nonnegative" CHECK (total >= 0)
);
-- create index public.order.order_customer_idx: create
CREATE INDEX "order_customer_idx" ON "public"."order" USING "btree" ("customer_id", "id" DESC);
-- create index public.order.order_open_idx: create
CREATE INDEX "order_open_idx" ON "public"."order" USING "btree" ("status") WHERE (status <> 'cancelled');
-- create constraint public.order.order_customer_fk: add foreign key (customer_id) → public.customer(id)
ALTER TABLE "public"."order" ADD CONSTRAINT "order_customer_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer" ("id") ON DELETE CASCADE;
