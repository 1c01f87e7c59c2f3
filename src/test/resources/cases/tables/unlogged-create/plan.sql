-- create table public.import_batch: create (2 columns)
CREATE UNLOGGED TABLE "public"."import_batch" (
    "id" bigint NOT NULL,
    "line" text NOT NULL,
    CONSTRAINT "import_batch_pkey" PRIMARY KEY ("id")
) WITH ("autovacuum_enabled" = 'false');
-- create index public.import_batch.import_batch_line_idx: create
CREATE INDEX "import_batch_line_idx" ON "public"."import_batch" USING "btree" ("line");
