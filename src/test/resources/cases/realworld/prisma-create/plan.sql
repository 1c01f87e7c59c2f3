-- create type public.PostStatus: create enum (DRAFT, PUBLISHED, ARCHIVED)
CREATE TYPE "public"."PostStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');
-- create type public.Role: create enum (USER, ADMIN, SUPER_ADMIN)
CREATE TYPE "public"."Role" AS ENUM ('USER', 'ADMIN', 'SUPER_ADMIN');
-- create table public.Category: create (2 columns)
CREATE TABLE "public"."Category" (
    "id" serial,
    "name" character varying(50) NOT NULL,
    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);
-- create table public.Post: create (9 columns)
CREATE TABLE "public"."Post" (
    "id" serial,
    "title" character varying(255) NOT NULL,
    "content" text,
    "status" "PostStatus" DEFAULT ('DRAFT') NOT NULL,
    "authorId" text NOT NULL,
    "tags" text[],
    "viewCount" integer DEFAULT (0) NOT NULL,
    "publishedAt" timestamp(3) without time zone,
    "externalId" uuid DEFAULT (gen_random_uuid()) NOT NULL,
    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
-- create table public.Profile: create (3 columns)
CREATE TABLE "public"."Profile" (
    "id" serial,
    "bio" text NOT NULL,
    "userId" text NOT NULL,
    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);
-- create table public.User: create (8 columns)
CREATE TABLE "public"."User" (
    "id" text NOT NULL,
    "email" text NOT NULL,
    "name" text,
    "role" "Role" DEFAULT ('USER') NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT (CURRENT_TIMESTAMP) NOT NULL,
    "updatedAt" timestamp(3) without time zone NOT NULL,
    "balance" numeric(65,30) DEFAULT (0) NOT NULL,
    "settings" jsonb DEFAULT ('{}') NOT NULL,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
-- create table public._CategoryToPost: create (2 columns)
CREATE TABLE "public"."_CategoryToPost" (
    "A" integer NOT NULL,
    "B" integer NOT NULL,
    CONSTRAINT "_CategoryToPost_AB_pkey" PRIMARY KEY ("A", "B")
);
-- create table public._prisma_migrations: create (8 columns)
CREATE TABLE "public"."_prisma_migrations" (
    "id" character varying(36) NOT NULL,
    "checksum" character varying(64) NOT NULL,
    "finished_at" timestamp with time zone,
    "migration_name" character varying(255) NOT NULL,
    "logs" text,
    "rolled_back_at" timestamp with time zone,
    "started_at" timestamp with time zone DEFAULT (now()) NOT NULL,
    "applied_steps_count" integer DEFAULT (0) NOT NULL,
    CONSTRAINT "_prisma_migrations_pkey" PRIMARY KEY ("id")
);
-- create index public.Category.Category_name_key: create (unique)
CREATE UNIQUE INDEX "Category_name_key" ON "public"."Category" USING "btree" ("name");
-- create index public.Post.Post_authorId_status_idx: create
CREATE INDEX "Post_authorId_status_idx" ON "public"."Post" USING "btree" ("authorId", "status");
-- create index public.Post.Post_externalId_key: create (unique)
CREATE UNIQUE INDEX "Post_externalId_key" ON "public"."Post" USING "btree" ("externalId");
-- create index public.Post.Post_publishedAt_idx: create
CREATE INDEX "Post_publishedAt_idx" ON "public"."Post" USING "btree" ("publishedAt" DESC);
-- create index public.Profile.Profile_userId_key: create (unique)
CREATE UNIQUE INDEX "Profile_userId_key" ON "public"."Profile" USING "btree" ("userId");
-- create index public.User.User_email_key: create (unique)
CREATE UNIQUE INDEX "User_email_key" ON "public"."User" USING "btree" ("email");
-- create index public._CategoryToPost._CategoryToPost_B_index: create
CREATE INDEX "_CategoryToPost_B_index" ON "public"."_CategoryToPost" USING "btree" ("B");
-- create constraint public.Post.Post_authorId_fkey: add foreign key (authorId) → public.User(id)
ALTER TABLE "public"."Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "public"."User" ("id") ON UPDATE CASCADE ON DELETE RESTRICT;
-- create constraint public.Profile.Profile_userId_fkey: add foreign key (userId) → public.User(id)
ALTER TABLE "public"."Profile" ADD CONSTRAINT "Profile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "public"."User" ("id") ON UPDATE CASCADE ON DELETE CASCADE;
-- create constraint public._CategoryToPost._CategoryToPost_A_fkey: add foreign key (A) → public.Category(id)
ALTER TABLE "public"."_CategoryToPost" ADD CONSTRAINT "_CategoryToPost_A_fkey" FOREIGN KEY ("A") REFERENCES "public"."Category" ("id") ON UPDATE CASCADE ON DELETE CASCADE;
-- create constraint public._CategoryToPost._CategoryToPost_B_fkey: add foreign key (B) → public.Post(id)
ALTER TABLE "public"."_CategoryToPost" ADD CONSTRAINT "_CategoryToPost_B_fkey" FOREIGN KEY ("B") REFERENCES "public"."Post" ("id") ON UPDATE CASCADE ON DELETE CASCADE;
