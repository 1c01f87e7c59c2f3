-- create sequence public.users_id_seq: create (start 1)
CREATE SEQUENCE "public"."users_id_seq" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;
-- alter table public.accounts: rename from users
ALTER TABLE "public"."users" RENAME TO "accounts";
-- alter constraint public.accounts.accounts_pkey: rename from users_pkey
ALTER TABLE "public"."accounts" RENAME CONSTRAINT "users_pkey" TO "accounts_pkey";
-- create table public.users: create (2 columns)
CREATE TABLE "public"."users" (
    "id" bigint DEFAULT (nextval('users_id_seq')) NOT NULL,
    "account_id" bigint NOT NULL,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);
-- create constraint public.users.users_account_id_fkey: add foreign key (account_id) → public.accounts(id)
ALTER TABLE "public"."users" ADD CONSTRAINT "users_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "public"."accounts" ("id");
-- alter sequence public.users_id_seq: name taken by an identity sequence [refused]
