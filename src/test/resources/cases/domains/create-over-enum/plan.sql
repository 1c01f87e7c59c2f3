-- create type public.mood: create enum (happy, sad, unknown)
CREATE TYPE "public"."mood" AS ENUM ('happy', 'sad', 'unknown');
-- create domain public.known_mood: create (mood, 1 check)
CREATE DOMAIN "public"."known_mood" AS mood DEFAULT ('happy'::mood) CONSTRAINT "known_mood_known" CHECK (VALUE <> 'unknown'::mood);
-- create table public.diary: create (2 columns)
CREATE TABLE "public"."diary" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "mood" known_mood NOT NULL,
    CONSTRAINT "diary_pkey" PRIMARY KEY ("id")
);
