-- create table public.users: create (7 columns)
CREATE TABLE "public"."users" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "email" text NOT NULL,
    "username" text NOT NULL,
    "last_name" text,
    "first_name" text,
    "deleted_at" timestamp with time zone,
    "created_at" timestamp with time zone DEFAULT (now()) NOT NULL,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);
-- create index public.users.users_active_email_idx: create
CREATE INDEX "users_active_email_idx" ON "public"."users" USING "btree" ("email") WHERE (deleted_at IS NULL);
-- create index public.users.users_created_desc_idx: create
CREATE INDEX "users_created_desc_idx" ON "public"."users" USING "btree" ("created_at" DESC NULLS LAST);
-- create index public.users.users_email_lower_key: create (unique)
CREATE UNIQUE INDEX "users_email_lower_key" ON "public"."users" USING "btree" ((lower(email)));
-- create index public.users.users_id_covering_idx: create (unique)
CREATE UNIQUE INDEX "users_id_covering_idx" ON "public"."users" USING "btree" ("username") INCLUDE ("email", "created_at");
-- create index public.users.users_name_idx: create
CREATE INDEX "users_name_idx" ON "public"."users" USING "btree" ("last_name", "first_name");
-- create index public.users.users_username_prefix_idx: create
CREATE INDEX "users_username_prefix_idx" ON "public"."users" USING "btree" ("username" "text_pattern_ops");
