-- create sequence public.statuses_id_seq: create (start 1)
CREATE SEQUENCE "public"."statuses_id_seq" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;
-- create table public.account_conversations: create (8 columns)
CREATE TABLE "public"."account_conversations" (
    "id" bigserial,
    "account_id" bigint,
    "conversation_id" bigint,
    "participant_account_ids" bigint[] DEFAULT ('{}') NOT NULL,
    "status_ids" bigint[] DEFAULT ('{}') NOT NULL,
    "last_status_id" bigint,
    "lock_version" integer DEFAULT (0) NOT NULL,
    "unread" boolean DEFAULT (false) NOT NULL,
    CONSTRAINT "account_conversations_pkey" PRIMARY KEY ("id")
);
-- create table public.accounts: create (27 columns)
CREATE TABLE "public"."accounts" (
    "id" bigserial,
    "username" character varying DEFAULT ('') NOT NULL,
    "domain" character varying,
    "private_key" text,
    "public_key" text DEFAULT ('') NOT NULL,
    "created_at" timestamp without time zone NOT NULL,
    "updated_at" timestamp without time zone NOT NULL,
    "note" text DEFAULT ('') NOT NULL,
    "display_name" character varying DEFAULT ('') NOT NULL,
    "uri" character varying DEFAULT ('') NOT NULL,
    "url" character varying,
    "locked" boolean DEFAULT (false) NOT NULL,
    "protocol" integer DEFAULT (0) NOT NULL,
    "moved_to_account_id" bigint,
    "fields" jsonb,
    "actor_type" character varying,
    "discoverable" boolean,
    "also_known_as" character varying[],
    "silenced_at" timestamp without time zone,
    "suspended_at" timestamp without time zone,
    "hide_collections" boolean,
    "avatar_storage_schema_version" integer,
    "header_storage_schema_version" integer,
    "suspension_origin" integer,
    "trendable" boolean,
    "reviewed_at" timestamp without time zone,
    "requested_review_at" timestamp without time zone,
    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);
-- create table public.ar_internal_metadata: create (4 columns)
CREATE TABLE "public"."ar_internal_metadata" (
    "key" character varying NOT NULL,
    "value" character varying,
    "created_at" timestamp(6) without time zone NOT NULL,
    "updated_at" timestamp(6) without time zone NOT NULL,
    CONSTRAINT "ar_internal_metadata_pkey" PRIMARY KEY ("key")
);
-- create table public.follows: create (9 columns)
CREATE TABLE "public"."follows" (
    "id" bigserial,
    "created_at" timestamp without time zone NOT NULL,
    "updated_at" timestamp without time zone NOT NULL,
    "account_id" bigint NOT NULL,
    "target_account_id" bigint NOT NULL,
    "show_reblogs" boolean DEFAULT (true) NOT NULL,
    "uri" character varying,
    "notify" boolean DEFAULT (false) NOT NULL,
    "languages" character varying[],
    CONSTRAINT "follows_pkey" PRIMARY KEY ("id")
);
-- create table public.schema_migrations: create (1 column)
CREATE TABLE "public"."schema_migrations" (
    "version" character varying NOT NULL,
    CONSTRAINT "schema_migrations_pkey" PRIMARY KEY ("version")
);
-- create table public.statuses: create (23 columns)
CREATE TABLE "public"."statuses" (
    "id" bigint NOT NULL,
    "uri" character varying,
    "text" text DEFAULT ('') NOT NULL,
    "created_at" timestamp without time zone NOT NULL,
    "updated_at" timestamp without time zone NOT NULL,
    "in_reply_to_id" bigint,
    "reblog_of_id" bigint,
    "url" character varying,
    "sensitive" boolean DEFAULT (false) NOT NULL,
    "visibility" integer DEFAULT (0) NOT NULL,
    "spoiler_text" text DEFAULT ('') NOT NULL,
    "reply" boolean DEFAULT (false) NOT NULL,
    "language" character varying,
    "conversation_id" bigint,
    "local" boolean,
    "account_id" bigint NOT NULL,
    "application_id" bigint,
    "in_reply_to_account_id" bigint,
    "poll_id" bigint,
    "deleted_at" timestamp without time zone,
    "edited_at" timestamp without time zone,
    "trendable" boolean,
    "ordered_media_attachment_ids" bigint[],
    CONSTRAINT "statuses_pkey" PRIMARY KEY ("id")
);
-- create table public.statuses_tags: create (2 columns)
CREATE TABLE "public"."statuses_tags" (
    "status_id" bigint NOT NULL,
    "tag_id" bigint NOT NULL,
    CONSTRAINT "statuses_tags_pkey" PRIMARY KEY ("tag_id", "status_id")
);
-- create table public.tags: create (13 columns)
CREATE TABLE "public"."tags" (
    "id" bigserial,
    "name" character varying DEFAULT ('') NOT NULL,
    "created_at" timestamp without time zone NOT NULL,
    "updated_at" timestamp without time zone NOT NULL,
    "usable" boolean,
    "trendable" boolean,
    "listable" boolean,
    "reviewed_at" timestamp without time zone,
    "requested_review_at" timestamp without time zone,
    "last_status_at" timestamp without time zone,
    "max_score" double precision,
    "max_score_at" timestamp without time zone,
    "display_name" character varying,
    CONSTRAINT "tags_pkey" PRIMARY KEY ("id")
);
-- create index public.account_conversations.index_unique_conversations: create (unique)
CREATE UNIQUE INDEX "index_unique_conversations" ON "public"."account_conversations" USING "btree" ("account_id", "conversation_id", "participant_account_ids");
-- create index public.accounts.index_accounts_on_moved_to_account_id: create
CREATE INDEX "index_accounts_on_moved_to_account_id" ON "public"."accounts" USING "btree" ("moved_to_account_id") WHERE (moved_to_account_id IS NOT NULL);
-- create index public.accounts.index_accounts_on_uri: create
CREATE INDEX "index_accounts_on_uri" ON "public"."accounts" USING "btree" ("uri");
-- create index public.accounts.index_accounts_on_url: create
CREATE INDEX "index_accounts_on_url" ON "public"."accounts" USING "btree" ("url" "text_pattern_ops") WHERE (url IS NOT NULL);
-- create index public.accounts.index_accounts_on_username_and_domain_lower: create (unique)
CREATE UNIQUE INDEX "index_accounts_on_username_and_domain_lower" ON "public"."accounts" USING "btree" ((lower(username)), (coalesce(lower(domain), '')));
-- create index public.accounts.search_index: create (using gin)
CREATE INDEX "search_index" ON "public"."accounts" USING "gin" ((setweight(to_tsvector('simple', display_name), 'A') || setweight(to_tsvector('simple', username), 'B') || setweight(to_tsvector('simple', coalesce(domain, '')), 'C')));
-- create index public.follows.index_follows_on_account_id_and_target_account_id: create (unique)
CREATE UNIQUE INDEX "index_follows_on_account_id_and_target_account_id" ON "public"."follows" USING "btree" ("account_id", "target_account_id");
-- create index public.follows.index_follows_on_target_account_id: create
CREATE INDEX "index_follows_on_target_account_id" ON "public"."follows" USING "btree" ("target_account_id");
-- create index public.statuses.index_statuses_20190820: create
CREATE INDEX "index_statuses_20190820" ON "public"."statuses" USING "btree" ("account_id", "id" DESC, "visibility", "updated_at") WHERE (deleted_at IS NULL);
-- create index public.statuses.index_statuses_local_20190824: create
CREATE INDEX "index_statuses_local_20190824" ON "public"."statuses" USING "btree" ("id" DESC, "account_id") WHERE ((local OR uri IS NULL) AND deleted_at IS NULL AND visibility = 0 AND reblog_of_id IS NULL AND (NOT reply OR in_reply_to_account_id = account_id));
-- create index public.statuses.index_statuses_on_in_reply_to_account_id: create
CREATE INDEX "index_statuses_on_in_reply_to_account_id" ON "public"."statuses" USING "btree" ("in_reply_to_account_id") WHERE (in_reply_to_account_id IS NOT NULL);
-- create index public.statuses.index_statuses_on_in_reply_to_id: create
CREATE INDEX "index_statuses_on_in_reply_to_id" ON "public"."statuses" USING "btree" ("in_reply_to_id") WHERE (in_reply_to_id IS NOT NULL);
-- create index public.statuses.index_statuses_on_reblog_of_id_and_account_id: create
CREATE INDEX "index_statuses_on_reblog_of_id_and_account_id" ON "public"."statuses" USING "btree" ("reblog_of_id", "account_id");
-- create index public.statuses.index_statuses_on_uri: create (unique)
CREATE UNIQUE INDEX "index_statuses_on_uri" ON "public"."statuses" USING "btree" ("uri" "text_pattern_ops") WHERE (uri IS NOT NULL);
-- create index public.statuses_tags.index_statuses_tags_on_status_id: create
CREATE INDEX "index_statuses_tags_on_status_id" ON "public"."statuses_tags" USING "btree" ("status_id");
-- create index public.tags.index_tags_on_name_lower_btree: create (unique)
CREATE UNIQUE INDEX "index_tags_on_name_lower_btree" ON "public"."tags" USING "btree" ((lower(name)) "text_pattern_ops");
-- create constraint public.account_conversations.fk_rails_1491654f9f: add foreign key (account_id) → public.accounts(id)
ALTER TABLE "public"."account_conversations" ADD CONSTRAINT "fk_rails_1491654f9f" FOREIGN KEY ("account_id") REFERENCES "public"."accounts" ("id") ON DELETE CASCADE;
-- create constraint public.accounts.fk_rails_2320833084: add foreign key (moved_to_account_id) → public.accounts(id)
ALTER TABLE "public"."accounts" ADD CONSTRAINT "fk_rails_2320833084" FOREIGN KEY ("moved_to_account_id") REFERENCES "public"."accounts" ("id") ON DELETE SET NULL;
-- create constraint public.follows.fk_32ed1b5560: add foreign key (account_id) → public.accounts(id)
ALTER TABLE "public"."follows" ADD CONSTRAINT "fk_32ed1b5560" FOREIGN KEY ("account_id") REFERENCES "public"."accounts" ("id") ON DELETE CASCADE;
-- create constraint public.follows.fk_745ca29eac: add foreign key (target_account_id) → public.accounts(id)
ALTER TABLE "public"."follows" ADD CONSTRAINT "fk_745ca29eac" FOREIGN KEY ("target_account_id") REFERENCES "public"."accounts" ("id") ON DELETE CASCADE;
-- create constraint public.statuses.fk_9bda1543f7: add foreign key (account_id) → public.accounts(id)
ALTER TABLE "public"."statuses" ADD CONSTRAINT "fk_9bda1543f7" FOREIGN KEY ("account_id") REFERENCES "public"."accounts" ("id") ON DELETE CASCADE;
-- create constraint public.statuses.fk_rails_256483a9ab: add foreign key (reblog_of_id) → public.statuses(id)
ALTER TABLE "public"."statuses" ADD CONSTRAINT "fk_rails_256483a9ab" FOREIGN KEY ("reblog_of_id") REFERENCES "public"."statuses" ("id") ON DELETE CASCADE;
-- create constraint public.statuses.fk_rails_94a6f70399: add foreign key (in_reply_to_id) → public.statuses(id)
ALTER TABLE "public"."statuses" ADD CONSTRAINT "fk_rails_94a6f70399" FOREIGN KEY ("in_reply_to_id") REFERENCES "public"."statuses" ("id") ON DELETE SET NULL;
-- create constraint public.statuses_tags.fk_3081861e21: add foreign key (tag_id) → public.tags(id)
ALTER TABLE "public"."statuses_tags" ADD CONSTRAINT "fk_3081861e21" FOREIGN KEY ("tag_id") REFERENCES "public"."tags" ("id") ON DELETE CASCADE;
-- create constraint public.statuses_tags.fk_rails_df0fe11427: add foreign key (status_id) → public.statuses(id)
ALTER TABLE "public"."statuses_tags" ADD CONSTRAINT "fk_rails_df0fe11427" FOREIGN KEY ("status_id") REFERENCES "public"."statuses" ("id") ON DELETE CASCADE;
