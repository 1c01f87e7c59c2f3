-- create table public.document: create (12 columns)
CREATE TABLE "public"."document" (
    "id" uuid DEFAULT (gen_random_uuid()) NOT NULL,
    "status" text DEFAULT ('draft') NOT NULL,
    "version" integer DEFAULT (0) NOT NULL,
    "published" boolean DEFAULT (false) NOT NULL,
    "visible" boolean DEFAULT (true) NOT NULL,
    "created_at" timestamp with time zone DEFAULT (now()) NOT NULL,
    "updated_at" timestamp with time zone DEFAULT (CURRENT_TIMESTAMP) NOT NULL,
    "due_on" date DEFAULT (CURRENT_DATE + 30),
    "metadata" jsonb DEFAULT ('{}') NOT NULL,
    "tags" text[] DEFAULT ('{}') NOT NULL,
    "ratio" double precision DEFAULT (0.5),
    "ttl" interval DEFAULT ('1 day'),
    CONSTRAINT "document_pkey" PRIMARY KEY ("id")
);
