-- create table public.other: create (1 column)
CREATE TABLE "public"."other" (
    "id" integer NOT NULL,
    CONSTRAINT "other_pkey" PRIMARY KEY ("id")
);
