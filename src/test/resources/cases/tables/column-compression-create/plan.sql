-- create table public.document: create (2 columns)
CREATE TABLE "public"."document" (
    "id" bigint NOT NULL,
    "body" text COMPRESSION "pglz",
    CONSTRAINT "document_pkey" PRIMARY KEY ("id")
);
