-- create extension public.pg_trgm: create
CREATE EXTENSION IF NOT EXISTS "pg_trgm" WITH SCHEMA "public";
-- create table public.article: create (5 columns)
CREATE TABLE "public"."article" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "title" text NOT NULL,
    "tags" text[] DEFAULT ('{}') NOT NULL,
    "payload" jsonb DEFAULT ('{}'::jsonb) NOT NULL,
    "search" tsvector,
    CONSTRAINT "article_pkey" PRIMARY KEY ("id")
);
-- create index public.article.article_payload_idx: create (using gin)
CREATE INDEX "article_payload_idx" ON "public"."article" USING "gin" ("payload");
-- create index public.article.article_payload_path_idx: create (using gin)
CREATE INDEX "article_payload_path_idx" ON "public"."article" USING "gin" ("payload" "jsonb_path_ops");
-- create index public.article.article_search_idx: create (using gin)
CREATE INDEX "article_search_idx" ON "public"."article" USING "gin" ("search");
-- create index public.article.article_tags_idx: create (using gin)
CREATE INDEX "article_tags_idx" ON "public"."article" USING "gin" ("tags");
-- create index public.article.article_title_trgm_idx: create (using gin)
CREATE INDEX "article_title_trgm_idx" ON "public"."article" USING "gin" ("title" "gin_trgm_ops");
