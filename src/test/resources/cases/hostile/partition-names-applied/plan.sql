-- create table public.base" INHERITS (victim); --: create (1 column)
CREATE TABLE "public"."base"" INHERITS (victim); --" (
    "id" integer
);
-- create table public.child"; --: create (1 column), inherits base" INHERITS (victim); --
CREATE TABLE "public"."child""; --" (
    "note" text
) INHERITS ("public"."base"" INHERITS (victim); --");
-- create table public.log"; DROP TABLE victim; --: create (1 column), partitioned by RANGE ("at""); DROP TABLE victim; --")
CREATE TABLE "public"."log""; DROP TABLE victim; --" (
    "at""); DROP TABLE victim; --" date NOT NULL
) PARTITION BY RANGE ("at""); DROP TABLE victim; --");
-- create table public.log /* default */: create partition of log"; DROP TABLE victim; -- DEFAULT
CREATE TABLE "public"."log /* default */" PARTITION OF "public"."log""; DROP TABLE victim; --" DEFAULT;
-- create table public.log_2026'); DROP TABLE victim; --: create partition of log"; DROP TABLE victim; -- FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')
CREATE TABLE "public"."log_2026'); DROP TABLE victim; --" PARTITION OF "public"."log""; DROP TABLE victim; --" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
