-- create column public.users.created_at: add (timestamptz, not null, default now())
ALTER TABLE "public"."users" ADD COLUMN "created_at" timestamp with time zone DEFAULT (now()) NOT NULL;
