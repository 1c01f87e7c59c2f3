-- create column public.account.label: add (text, nullable, default E'\'; DROP TABLE victim; --')
ALTER TABLE "public"."account" ADD COLUMN "label" text DEFAULT (E'\'; DROP TABLE victim; --');
-- create column public.account.shout: add (text, nullable)
ALTER TABLE "public"."account" ADD COLUMN "shout" text GENERATED ALWAYS AS (E'\'; DROP TABLE victim; --' || note) STORED;
-- create constraint public.account.account_note_check: add check E'\'; DROP TABLE victim; --' <> note NOT VALID
ALTER TABLE "public"."account" ADD CONSTRAINT "account_note_check" CHECK (E'\'; DROP TABLE victim; --' <> note) NOT VALID;
-- create index public.account.account_expr_idx: create [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."account_expr_idx";
CREATE INDEX CONCURRENTLY "account_expr_idx" ON "public"."account" USING "btree" ((E'\'; DROP TABLE victim; --' || note));
-- create index public.account.account_note_idx: create [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."account_note_idx";
CREATE INDEX CONCURRENTLY "account_note_idx" ON "public"."account" USING "btree" ("note") WHERE (E'\'; DROP TABLE victim; --' <> note);
-- alter constraint public.account.account_note_check: validate [after commit]
ALTER TABLE "public"."account" VALIDATE CONSTRAINT "account_note_check";
