-- create type public.mood: create enum (happy, sad)
CREATE TYPE "public"."mood" AS ENUM ('happy', 'sad');
-- create type public.feeling: create composite (2 attributes)
CREATE TYPE "public"."feeling" AS ("mood" mood, "intensity" smallint);
-- create type public.diary_entry: create composite (3 attributes)
CREATE TYPE "public"."diary_entry" AS ("written_at" timestamp with time zone, "feeling" feeling, "tags" text[]);
-- create table public.diary: create (3 columns)
CREATE TABLE "public"."diary" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "entry" diary_entry NOT NULL,
    "history" diary_entry[],
    CONSTRAINT "diary_pkey" PRIMARY KEY ("id")
);
