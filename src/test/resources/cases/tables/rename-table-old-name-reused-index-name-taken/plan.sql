-- alter table public.accounts: rename from users
ALTER TABLE "public"."users" RENAME TO "accounts";
-- create table public.users: create (3 columns)
CREATE TABLE "public"."users" (
    "id" bigint NOT NULL,
    "account_id" integer NOT NULL,
    "created_at" timestamp with time zone DEFAULT (now()) NOT NULL,
    CONSTRAINT "users_new_pkey" PRIMARY KEY ("id")
);
-- create index public.users.users_created_at_idx: create
CREATE INDEX "users_created_at_idx" ON "public"."users" USING "btree" ("created_at");
-- alter index public.users.users_created_at_idx: name taken by an INVALID index [refused]
