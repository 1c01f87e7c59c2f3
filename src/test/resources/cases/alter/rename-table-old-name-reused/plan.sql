-- alter table public.accounts: rename from users
ALTER TABLE "public"."users" RENAME TO "accounts";
-- alter sequence public.accounts_id_seq: rename from users_id_seq (serial accounts.id)
ALTER SEQUENCE "public"."users_id_seq" RENAME TO "accounts_id_seq";
-- alter constraint public.accounts.accounts_pkey: rename from users_pkey
ALTER TABLE "public"."accounts" RENAME CONSTRAINT "users_pkey" TO "accounts_pkey";
-- alter constraint public.accounts.accounts_email_key: rename from users_email_key
ALTER TABLE "public"."accounts" RENAME CONSTRAINT "users_email_key" TO "accounts_email_key";
-- create table public.users: create (4 columns)
CREATE TABLE "public"."users" (
    "id" serial,
    "account_id" integer NOT NULL,
    "email" text NOT NULL,
    "created_at" timestamp with time zone DEFAULT (now()) NOT NULL,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "users_email_key" UNIQUE ("email"),
    CONSTRAINT "users_email_check" CHECK (email <> '')
);
-- alter index public.accounts.accounts_created_at_idx: rename from users_created_at_idx
ALTER INDEX "public"."users_created_at_idx" RENAME TO "accounts_created_at_idx";
-- create index public.users.users_created_at_idx: create
CREATE INDEX "users_created_at_idx" ON "public"."users" USING "btree" ("created_at");
-- create constraint public.users.users_account_id_fkey: add foreign key (account_id) → public.accounts(id)
ALTER TABLE "public"."users" ADD CONSTRAINT "users_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "public"."accounts" ("id");
