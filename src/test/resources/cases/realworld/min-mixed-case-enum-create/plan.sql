-- create type public.PostStatus: create enum (DRAFT, PUBLISHED, ARCHIVED)
CREATE TYPE "public"."PostStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');
-- create table public.Post: create (2 columns)
CREATE TABLE "public"."Post" (
    "id" serial,
    "status" "PostStatus" DEFAULT ('DRAFT') NOT NULL,
    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
