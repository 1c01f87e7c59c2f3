-- create column public.empty_visit.token: add (uuid, nullable, default gen_random_uuid())
ALTER TABLE "public"."empty_visit" ADD COLUMN "token" uuid DEFAULT (gen_random_uuid());
-- create column public.visit.token: add (uuid, not null, default gen_random_uuid())
ALTER TABLE "public"."visit" ADD COLUMN "token" uuid DEFAULT (gen_random_uuid()) NOT NULL;
-- create column public.visit.seen_at: add (timestamptz, nullable, default clock_timestamp())
ALTER TABLE "public"."visit" ADD COLUMN "seen_at" timestamp with time zone DEFAULT (clock_timestamp());
-- create column public.visit.sample: add (float8, nullable, default random())
ALTER TABLE "public"."visit" ADD COLUMN "sample" double precision DEFAULT (random());
-- create column public.visit.ticket: add (bigint, nullable, default nextval('ticket_seq'))
ALTER TABLE "public"."visit" ADD COLUMN "ticket" bigint DEFAULT (nextval('ticket_seq'));
-- create column public.visit.created_at: add (timestamptz, not null, default now())
ALTER TABLE "public"."visit" ADD COLUMN "created_at" timestamp with time zone DEFAULT (now()) NOT NULL;
-- create column public.visit.hits: add (integer, not null, default 0)
ALTER TABLE "public"."visit" ADD COLUMN "hits" integer DEFAULT (0) NOT NULL;
-- create column public.visit.label: add (text, nullable, default lower('Home' || 'Page'))
ALTER TABLE "public"."visit" ADD COLUMN "label" text DEFAULT (lower('Home' || 'Page'));
-- create column public.visit.code: add (integer, nullable, default next_code() + 1)
ALTER TABLE "public"."visit" ADD COLUMN "code" integer DEFAULT (next_code() + 1);
-- create column public.visit.region: add (text, nullable, default home_region())
ALTER TABLE "public"."visit" ADD COLUMN "region" text DEFAULT (home_region());
