-- create table public.sku: create (3 columns)
CREATE TABLE "public"."sku" (
    "code" text COLLATE "C" NOT NULL,
    "label" character varying(100) COLLATE "C",
    "note" text,
    CONSTRAINT "sku_pkey" PRIMARY KEY ("code")
);
