-- create domain public.sku_code: create (text, 1 check)
CREATE DOMAIN "public"."sku_code" AS text COLLATE "C" CONSTRAINT "sku_code_format" CHECK (VALUE ~ '^[A-Z]{3}-[0-9]{4}$'::text);
-- create table public.sku: create (2 columns)
CREATE TABLE "public"."sku" (
    "code" sku_code NOT NULL,
    "label" text,
    CONSTRAINT "sku_pkey" PRIMARY KEY ("code")
);
-- create index public.sku.sku_label_idx: create
CREATE INDEX "sku_label_idx" ON "public"."sku" USING "btree" ("label");
