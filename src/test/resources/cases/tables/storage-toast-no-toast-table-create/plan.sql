-- create table public.counter: create (2 columns)
CREATE TABLE "public"."counter" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "hits" integer DEFAULT (0) NOT NULL,
    CONSTRAINT "counter_pkey" PRIMARY KEY ("id")
) WITH ("fillfactor" = '80', "toast"."autovacuum_enabled" = 'false');
