-- create schema auth: create
CREATE SCHEMA "auth";
-- create extension public.pgcrypto: create
CREATE EXTENSION IF NOT EXISTS "pgcrypto" WITH SCHEMA "public";
-- create type auth.aal_level: create enum (aal1, aal2, aal3)
CREATE TYPE "auth"."aal_level" AS ENUM ('aal1', 'aal2', 'aal3');
-- create type auth.factor_status: create enum (unverified, verified)
CREATE TYPE "auth"."factor_status" AS ENUM ('unverified', 'verified');
-- create type auth.factor_type: create enum (totp, webauthn, phone)
CREATE TYPE "auth"."factor_type" AS ENUM ('totp', 'webauthn', 'phone');
-- create type auth.one_time_token_type: create enum (confirmation_token, reauthentication_token, recovery_token, email_change_token_new, email_change_token_current, phone_change_token)
CREATE TYPE "auth"."one_time_token_type" AS ENUM ('confirmation_token', 'reauthentication_token', 'recovery_token', 'email_change_token_new', 'email_change_token_current', 'phone_change_token');
-- create table auth.identities: create (9 columns)
CREATE TABLE "auth"."identities" (
    "provider_id" text NOT NULL,
    "user_id" uuid NOT NULL,
    "identity_data" jsonb NOT NULL,
    "provider" text NOT NULL,
    "last_sign_in_at" timestamp with time zone,
    "created_at" timestamp with time zone,
    "updated_at" timestamp with time zone,
    "email" text GENERATED ALWAYS AS (lower(identity_data ->> 'email')) STORED,
    "id" uuid DEFAULT (gen_random_uuid()) NOT NULL,
    CONSTRAINT "identities_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "identities_provider_id_provider_unique" UNIQUE ("provider_id", "provider")
);
COMMENT ON TABLE "auth"."identities" IS 'Auth: Stores identities associated to a user.';
COMMENT ON COLUMN "auth"."identities"."email" IS 'Auth: Email is a generated column that references the optional email property in the identity_data';
-- create table auth.mfa_factors: create (10 columns)
CREATE TABLE "auth"."mfa_factors" (
    "id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "friendly_name" text,
    "factor_type" auth.factor_type NOT NULL,
    "status" auth.factor_status NOT NULL,
    "created_at" timestamp with time zone NOT NULL,
    "updated_at" timestamp with time zone NOT NULL,
    "secret" text,
    "phone" text,
    "last_challenged_at" timestamp with time zone,
    CONSTRAINT "mfa_factors_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "mfa_factors_last_challenged_at_key" UNIQUE ("last_challenged_at")
);
COMMENT ON TABLE "auth"."mfa_factors" IS 'auth: stores metadata about factors';
-- create table auth.one_time_tokens: create (7 columns)
CREATE TABLE "auth"."one_time_tokens" (
    "id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "token_type" auth.one_time_token_type NOT NULL,
    "token_hash" text NOT NULL,
    "relates_to" text NOT NULL,
    "created_at" timestamp without time zone DEFAULT (now()) NOT NULL,
    "updated_at" timestamp without time zone DEFAULT (now()) NOT NULL,
    CONSTRAINT "one_time_tokens_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "one_time_tokens_token_hash_check" CHECK (char_length(token_hash) > 0)
);
-- create table auth.schema_migrations: create (1 column)
CREATE TABLE "auth"."schema_migrations" (
    "version" character varying(255) NOT NULL,
    CONSTRAINT "schema_migrations_pkey" PRIMARY KEY ("version")
);
COMMENT ON TABLE "auth"."schema_migrations" IS 'Auth: Manages updates to the auth system.';
-- create table auth.sessions: create (11 columns)
CREATE TABLE "auth"."sessions" (
    "id" uuid NOT NULL,
    "user_id" uuid NOT NULL,
    "created_at" timestamp with time zone,
    "updated_at" timestamp with time zone,
    "factor_id" uuid,
    "aal" auth.aal_level,
    "not_after" timestamp with time zone,
    "refreshed_at" timestamp without time zone,
    "user_agent" text,
    "ip" inet,
    "tag" text,
    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);
COMMENT ON TABLE "auth"."sessions" IS 'Auth: Stores session data associated to a user.';
COMMENT ON COLUMN "auth"."sessions"."not_after" IS 'Auth: Not after is a nullable column that contains a timestamp after which the session should be regarded as expired.';
-- create table auth.users: create (35 columns)
CREATE TABLE "auth"."users" (
    "instance_id" uuid,
    "id" uuid NOT NULL,
    "aud" character varying(255),
    "role" character varying(255),
    "email" character varying(255),
    "encrypted_password" character varying(255),
    "email_confirmed_at" timestamp with time zone,
    "invited_at" timestamp with time zone,
    "confirmation_token" character varying(255),
    "confirmation_sent_at" timestamp with time zone,
    "recovery_token" character varying(255),
    "recovery_sent_at" timestamp with time zone,
    "email_change_token_new" character varying(255),
    "email_change" character varying(255),
    "email_change_sent_at" timestamp with time zone,
    "last_sign_in_at" timestamp with time zone,
    "raw_app_meta_data" jsonb,
    "raw_user_meta_data" jsonb,
    "is_super_admin" boolean,
    "created_at" timestamp with time zone,
    "updated_at" timestamp with time zone,
    "phone" text,
    "phone_confirmed_at" timestamp with time zone,
    "phone_change" text DEFAULT (''),
    "phone_change_token" character varying(255) DEFAULT (''),
    "phone_change_sent_at" timestamp with time zone,
    "confirmed_at" timestamp with time zone GENERATED ALWAYS AS (least(email_confirmed_at, phone_confirmed_at)) STORED,
    "email_change_token_current" character varying(255) DEFAULT (''),
    "email_change_confirm_status" smallint DEFAULT (0),
    "banned_until" timestamp with time zone,
    "reauthentication_token" character varying(255) DEFAULT (''),
    "reauthentication_sent_at" timestamp with time zone,
    "is_sso_user" boolean DEFAULT (false) NOT NULL,
    "deleted_at" timestamp with time zone,
    "is_anonymous" boolean DEFAULT (false) NOT NULL,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "users_phone_key" UNIQUE ("phone"),
    CONSTRAINT "users_email_change_confirm_status_check" CHECK (email_change_confirm_status >= 0 and email_change_confirm_status <= 2)
);
COMMENT ON TABLE "auth"."users" IS 'Auth: Stores user login data within a secure schema.';
COMMENT ON COLUMN "auth"."users"."is_sso_user" IS 'Auth: Set this column to true when the account comes from SSO. These accounts can have duplicate emails.';
-- create index auth.identities.identities_email_idx: create
CREATE INDEX "identities_email_idx" ON "auth"."identities" USING "btree" ("email" "text_pattern_ops");
COMMENT ON INDEX "auth"."identities_email_idx" IS 'Auth: Ensures indexed queries on the email column';
-- create index auth.identities.identities_user_id_idx: create
CREATE INDEX "identities_user_id_idx" ON "auth"."identities" USING "btree" ("user_id");
-- create index auth.mfa_factors.factor_id_created_at_idx: create
CREATE INDEX "factor_id_created_at_idx" ON "auth"."mfa_factors" USING "btree" ("user_id", "created_at");
-- create index auth.mfa_factors.mfa_factors_user_friendly_name_unique: create (unique)
CREATE UNIQUE INDEX "mfa_factors_user_friendly_name_unique" ON "auth"."mfa_factors" USING "btree" ("friendly_name", "user_id") WHERE (trim(friendly_name) <> '');
-- create index auth.mfa_factors.unique_phone_factor_per_user: create (unique)
CREATE UNIQUE INDEX "unique_phone_factor_per_user" ON "auth"."mfa_factors" USING "btree" ("user_id", "phone");
-- create index auth.one_time_tokens.one_time_tokens_relates_to_hash_idx: create (using hash)
CREATE INDEX "one_time_tokens_relates_to_hash_idx" ON "auth"."one_time_tokens" USING "hash" ("relates_to");
-- create index auth.one_time_tokens.one_time_tokens_token_hash_hash_idx: create (using hash)
CREATE INDEX "one_time_tokens_token_hash_hash_idx" ON "auth"."one_time_tokens" USING "hash" ("token_hash");
-- create index auth.one_time_tokens.one_time_tokens_user_id_token_type_key: create (unique)
CREATE UNIQUE INDEX "one_time_tokens_user_id_token_type_key" ON "auth"."one_time_tokens" USING "btree" ("user_id", "token_type");
-- create index auth.sessions.sessions_not_after_idx: create
CREATE INDEX "sessions_not_after_idx" ON "auth"."sessions" USING "btree" ("not_after" DESC);
-- create index auth.sessions.sessions_user_id_idx: create
CREATE INDEX "sessions_user_id_idx" ON "auth"."sessions" USING "btree" ("user_id");
-- create index auth.sessions.user_id_created_at_idx: create
CREATE INDEX "user_id_created_at_idx" ON "auth"."sessions" USING "btree" ("user_id", "created_at");
-- create index auth.users.confirmation_token_idx: create (unique)
CREATE UNIQUE INDEX "confirmation_token_idx" ON "auth"."users" USING "btree" ("confirmation_token") WHERE (confirmation_token !~ '^[0-9 ]*$');
-- create index auth.users.email_change_token_current_idx: create (unique)
CREATE UNIQUE INDEX "email_change_token_current_idx" ON "auth"."users" USING "btree" ("email_change_token_current") WHERE (email_change_token_current !~ '^[0-9 ]*$');
-- create index auth.users.recovery_token_idx: create (unique)
CREATE UNIQUE INDEX "recovery_token_idx" ON "auth"."users" USING "btree" ("recovery_token") WHERE (recovery_token !~ '^[0-9 ]*$');
-- create index auth.users.users_email_partial_key: create (unique)
CREATE UNIQUE INDEX "users_email_partial_key" ON "auth"."users" USING "btree" ("email") WHERE (is_sso_user = false);
COMMENT ON INDEX "auth"."users_email_partial_key" IS 'Auth: A partial unique index that applies only when is_sso_user is false';
-- create index auth.users.users_instance_id_email_idx: create
CREATE INDEX "users_instance_id_email_idx" ON "auth"."users" USING "btree" ("instance_id", (lower(email)));
-- create index auth.users.users_instance_id_idx: create
CREATE INDEX "users_instance_id_idx" ON "auth"."users" USING "btree" ("instance_id");
-- create index auth.users.users_is_anonymous_idx: create
CREATE INDEX "users_is_anonymous_idx" ON "auth"."users" USING "btree" ("is_anonymous");
-- create constraint auth.identities.identities_user_id_fkey: add foreign key (user_id) → auth.users(id)
ALTER TABLE "auth"."identities" ADD CONSTRAINT "identities_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "auth"."users" ("id") ON DELETE CASCADE;
-- create constraint auth.mfa_factors.mfa_factors_user_id_fkey: add foreign key (user_id) → auth.users(id)
ALTER TABLE "auth"."mfa_factors" ADD CONSTRAINT "mfa_factors_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "auth"."users" ("id") ON DELETE CASCADE;
-- create constraint auth.one_time_tokens.one_time_tokens_user_id_fkey: add foreign key (user_id) → auth.users(id)
ALTER TABLE "auth"."one_time_tokens" ADD CONSTRAINT "one_time_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "auth"."users" ("id") ON DELETE CASCADE;
-- create constraint auth.sessions.sessions_user_id_fkey: add foreign key (user_id) → auth.users(id)
ALTER TABLE "auth"."sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "auth"."users" ("id") ON DELETE CASCADE;
