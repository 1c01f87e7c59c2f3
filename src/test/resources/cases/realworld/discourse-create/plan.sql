-- create extension public.citext: create
CREATE EXTENSION IF NOT EXISTS "citext" WITH SCHEMA "public";
-- create extension public.hstore: create
CREATE EXTENSION IF NOT EXISTS "hstore" WITH SCHEMA "public";
-- create extension public.uuid-ossp: create
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA "public";
-- create table public.topic_search_data: create (5 columns)
CREATE TABLE "public"."topic_search_data" (
    "topic_id" integer NOT NULL,
    "raw_data" text,
    "locale" character varying NOT NULL,
    "search_data" tsvector,
    "version" integer DEFAULT (0),
    CONSTRAINT "topic_search_data_pkey" PRIMARY KEY ("topic_id")
);
-- create table public.topics: create (17 columns)
CREATE TABLE "public"."topics" (
    "id" serial,
    "title" character varying NOT NULL,
    "uuid" uuid DEFAULT (uuid_generate_v4()) NOT NULL,
    "last_posted_at" timestamp without time zone,
    "created_at" timestamp without time zone NOT NULL,
    "updated_at" timestamp without time zone NOT NULL,
    "views" integer DEFAULT (0) NOT NULL,
    "posts_count" integer DEFAULT (0) NOT NULL,
    "user_id" integer,
    "archetype" character varying DEFAULT ('regular') NOT NULL,
    "deleted_at" timestamp without time zone,
    "category_id" integer,
    "slug" character varying,
    "score" double precision,
    "percent_rank" double precision DEFAULT (1.0) NOT NULL,
    "tags" text[] DEFAULT (ARRAY[]::text[]) NOT NULL,
    "excerpt" character varying,
    CONSTRAINT "forum_threads_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "pm_has_no_category" CHECK (category_id IS NULL OR archetype <> 'private_message')
);
-- create table public.users: create (16 columns)
CREATE TABLE "public"."users" (
    "id" serial,
    "username" character varying(60) NOT NULL,
    "username_lower" character varying(60) NOT NULL,
    "name" character varying,
    "email" citext,
    "created_at" timestamp without time zone NOT NULL,
    "updated_at" timestamp without time zone NOT NULL,
    "active" boolean DEFAULT (false) NOT NULL,
    "trust_level" integer NOT NULL,
    "ip_address" inet,
    "registration_ip_address" inet,
    "allowed_ips" inet[],
    "primary_group_id" integer,
    "locale" character varying(10),
    "time_read" interval DEFAULT ('0') NOT NULL,
    "custom_fields" hstore DEFAULT ('') NOT NULL,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);
-- create index public.topic_search_data.idx_search_topic: create (using gin)
CREATE INDEX "idx_search_topic" ON "public"."topic_search_data" USING "gin" ("search_data");
-- create index public.topics.idx_topics_front_page: create
CREATE INDEX "idx_topics_front_page" ON "public"."topics" USING "btree" ("deleted_at", "archetype", "category_id", "id");
-- create index public.topics.idx_topics_user_id_deleted_at: create
CREATE INDEX "idx_topics_user_id_deleted_at" ON "public"."topics" USING "btree" ("user_id") WHERE (deleted_at IS NULL);
-- create index public.topics.index_topics_on_bumped_at_public: create
CREATE INDEX "index_topics_on_bumped_at_public" ON "public"."topics" USING "btree" ("last_posted_at") WHERE (deleted_at IS NULL AND archetype <> 'private_message');
-- create index public.topics.index_topics_on_lower_title: create
CREATE INDEX "index_topics_on_lower_title" ON "public"."topics" USING "btree" ((lower(title)));
-- create index public.topics.index_topics_on_tags: create (using gin)
CREATE INDEX "index_topics_on_tags" ON "public"."topics" USING "gin" ("tags");
-- create index public.topics.index_topics_on_uuid: create (unique)
CREATE UNIQUE INDEX "index_topics_on_uuid" ON "public"."topics" USING "btree" ("uuid");
-- create index public.users.index_users_on_email: create (unique)
CREATE UNIQUE INDEX "index_users_on_email" ON "public"."users" USING "btree" ("email");
-- create index public.users.index_users_on_username_lower: create (unique)
CREATE UNIQUE INDEX "index_users_on_username_lower" ON "public"."users" USING "btree" ("username_lower");
-- create index public.users.index_users_on_username_lower_pattern: create
CREATE INDEX "index_users_on_username_lower_pattern" ON "public"."users" USING "btree" ("username_lower" "varchar_pattern_ops");
