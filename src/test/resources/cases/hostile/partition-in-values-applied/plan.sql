-- create table public.notes: create (1 column), partitioned by LIST (tag)
CREATE TABLE "public"."notes" (
    "tag" text
) PARTITION BY LIST (tag);
-- create table public.notes_odd: create partition of notes FOR VALUES IN ('$$x$$', '''); DROP TABLE victim; --', '\', 'a''''b')
CREATE TABLE "public"."notes_odd" PARTITION OF "public"."notes" FOR VALUES IN ('$$x$$', '''); DROP TABLE victim; --', '\', 'a''''b');
