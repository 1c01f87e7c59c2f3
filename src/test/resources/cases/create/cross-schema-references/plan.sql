-- create schema auth: create
CREATE SCHEMA "auth";
-- create schema billing: create
CREATE SCHEMA "billing";
-- create table auth.user: create (2 columns)
CREATE TABLE "auth"."user" (
    "id" uuid DEFAULT (gen_random_uuid()) NOT NULL,
    "email" text NOT NULL,
    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);
-- create table billing.invoice: create (3 columns)
CREATE TABLE "billing"."invoice" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "user_id" uuid NOT NULL,
    "total" numeric(12,2) NOT NULL,
    CONSTRAINT "invoice_pkey" PRIMARY KEY ("id")
);
-- create index billing.invoice.invoice_user_idx: create
CREATE INDEX "invoice_user_idx" ON "billing"."invoice" USING "btree" ("user_id");
-- create constraint billing.invoice.invoice_user_fk: add foreign key (user_id) → auth.user(id)
ALTER TABLE "billing"."invoice" ADD CONSTRAINT "invoice_user_fk" FOREIGN KEY ("user_id") REFERENCES "auth"."user" ("id") ON DELETE RESTRICT;
