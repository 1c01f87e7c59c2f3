-- create extension public.citext: create
CREATE EXTENSION IF NOT EXISTS "citext" WITH SCHEMA "public";
-- create extension public.hstore: create
CREATE EXTENSION IF NOT EXISTS "hstore" WITH SCHEMA "public";
-- create extension public.pg_trgm: create
CREATE EXTENSION IF NOT EXISTS "pg_trgm" WITH SCHEMA "public";
-- create extension public.pgcrypto: create
CREATE EXTENSION IF NOT EXISTS "pgcrypto" WITH SCHEMA "public";
-- create table public.account: create (5 columns)
CREATE TABLE "public"."account" (
    "id" uuid DEFAULT (gen_random_uuid()) NOT NULL,
    "email" citext NOT NULL,
    "api_key" text DEFAULT (encode(gen_random_bytes(16), 'hex')),
    "settings" hstore,
    "full_name" text,
    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);
-- create index public.account.account_full_name_trgm_idx: create (using gin)
CREATE INDEX "account_full_name_trgm_idx" ON "public"."account" USING "gin" ("full_name" "gin_trgm_ops");
