-- create type public.mood: create enum (happy, sad)
CREATE TYPE "public"."mood" AS ENUM ('happy', 'sad');
-- create domain public.positive_int: create (integer, 1 check)
CREATE DOMAIN "public"."positive_int" AS integer CONSTRAINT "positive" CHECK (VALUE > 0);
-- create type public.money_pair: create composite (2 attributes)
CREATE TYPE "public"."money_pair" AS ("amount" numeric, "currency" text);
-- alter type public.money_pair: revoke usage from public
REVOKE USAGE ON TYPE "public"."money_pair" FROM PUBLIC;
-- alter type public.money_pair: grant usage to app_writer
GRANT USAGE ON TYPE "public"."money_pair" TO "app_writer";
-- alter type public.mood: revoke usage from public
REVOKE USAGE ON TYPE "public"."mood" FROM PUBLIC;
-- alter type public.mood: grant usage to app_reader
GRANT USAGE ON TYPE "public"."mood" TO "app_reader";
