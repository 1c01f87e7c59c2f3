-- alter table public.accounts: rename from users
ALTER TABLE "public"."users" RENAME TO "accounts";
-- alter constraint public.accounts.accounts_pkey: rename from users_pkey
ALTER TABLE "public"."accounts" RENAME CONSTRAINT "users_pkey" TO "accounts_pkey";
-- create table public.users: create (2 columns)
CREATE TABLE "public"."users" (
    "id" bigserial,
    "account_id" bigint NOT NULL,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);
-- create constraint public.users.users_account_id_fkey: add foreign key (account_id) → public.accounts(id)
ALTER TABLE "public"."users" ADD CONSTRAINT "users_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "public"."accounts" ("id");
