-- create type public.Weird Enum: create enum (with space, Quote's, UPPER)
CREATE TYPE "public"."Weird Enum" AS ENUM ('with space', 'Quote''s', 'UPPER');
-- create type public.ticket_priority: create enum (low, normal, high, urgent)
CREATE TYPE "public"."ticket_priority" AS ENUM ('low', 'normal', 'high', 'urgent');
-- create sequence public.countdown: create (start 100)
CREATE SEQUENCE "public"."countdown" AS integer INCREMENT BY -1 MINVALUE 1 MAXVALUE 100 START WITH 100 CACHE 1 CYCLE;
-- create sequence public.order_number: create (start 100000)
CREATE SEQUENCE "public"."order_number" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 100000 CACHE 20 NO CYCLE;
-- create sequence public.small_counter: create (start 1)
CREATE SEQUENCE "public"."small_counter" AS smallint INCREMENT BY 1 MINVALUE 1 MAXVALUE 32767 START WITH 1 CACHE 1 NO CYCLE;
-- create table public.ticket: create (3 columns)
CREATE TABLE "public"."ticket" (
    "id" bigint DEFAULT (nextval('order_number')) NOT NULL,
    "priority" ticket_priority DEFAULT ('normal') NOT NULL,
    "weird" "Weird Enum",
    CONSTRAINT "ticket_pkey" PRIMARY KEY ("id")
);
