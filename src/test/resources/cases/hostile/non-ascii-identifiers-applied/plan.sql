-- create column public.café.prix€: add (numeric(10,2), not null, default 0)
ALTER TABLE "public"."café" ADD COLUMN "prix€" numeric(10,2) DEFAULT (0) NOT NULL;
-- create column public.café.double_prix: add (numeric(10,2), nullable)
ALTER TABLE "public"."café" ADD COLUMN "double_prix" numeric(10,2) GENERATED ALWAYS AS (prix€ * 2) STORED;
-- create column public.café.東京: add (text, nullable)
ALTER TABLE "public"."café" ADD COLUMN "東京" text;
-- alter column public.café.naïve: default none → 'crème brûlée'
ALTER TABLE "public"."café" ALTER COLUMN "naïve" SET DEFAULT ('crème brûlée');
-- create constraint public.café.prix_positif€: add check prix€ >= 0 NOT VALID
ALTER TABLE "public"."café" ADD CONSTRAINT "prix_positif€" CHECK (prix€ >= 0) NOT VALID;
-- create index public.café.café_naïve_idx: create [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."café_naïve_idx";
CREATE INDEX CONCURRENTLY "café_naïve_idx" ON "public"."café" USING "btree" ((lower(naïve))) WHERE (naïve <> '');
-- create index public.café.東京_idx: create [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."東京_idx";
CREATE INDEX CONCURRENTLY "東京_idx" ON "public"."café" USING "btree" ("東京");
-- alter constraint public.café.prix_positif€: validate [after commit]
ALTER TABLE "public"."café" VALIDATE CONSTRAINT "prix_positif€";
