-- create domain public.email: create (character varying(254), not null, 3 checks)
CREATE DOMAIN "public"."email" AS character varying(254) NOT NULL CONSTRAINT "email_has_at" CHECK ((VALUE)::text ~~ '%_@_%'::text) CONSTRAINT "email_lower" CHECK ((VALUE)::text = lower((VALUE)::text)) CONSTRAINT "email_no_space" CHECK ("position"((VALUE)::text, ' '::text) = 0);
COMMENT ON DOMAIN "public"."email" IS 'An e-mail address, lower case';
-- create table public.account: create (2 columns)
CREATE TABLE "public"."account" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "email" email,
    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);
