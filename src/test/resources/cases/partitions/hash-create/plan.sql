-- create table public.sessions: create (2 columns), partitioned by HASH (id)
CREATE TABLE "public"."sessions" (
    "id" uuid NOT NULL,
    "user_id" bigint NOT NULL,
    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
) PARTITION BY HASH (id);
-- create table public.sessions_0: create partition of sessions FOR VALUES WITH (modulus 4, remainder 0)
CREATE TABLE "public"."sessions_0" PARTITION OF "public"."sessions" FOR VALUES WITH (modulus 4, remainder 0);
-- create table public.sessions_1: create partition of sessions FOR VALUES WITH (modulus 4, remainder 1)
CREATE TABLE "public"."sessions_1" PARTITION OF "public"."sessions" FOR VALUES WITH (modulus 4, remainder 1);
-- create table public.sessions_2: create partition of sessions FOR VALUES WITH (modulus 4, remainder 2)
CREATE TABLE "public"."sessions_2" PARTITION OF "public"."sessions" FOR VALUES WITH (modulus 4, remainder 2);
-- create table public.sessions_3: create partition of sessions FOR VALUES WITH (modulus 4, remainder 3)
CREATE TABLE "public"."sessions_3" PARTITION OF "public"."sessions" FOR VALUES WITH (modulus 4, remainder 3) WITH ("fillfactor" = '80');
