-- create column public.account.label: add (text, nullable, default $$; DROP TABLE victim; $$)
ALTER TABLE "public"."account" ADD COLUMN "label" text DEFAULT ($$; DROP TABLE victim; $$);
-- create column public.account.shout: add (text, nullable)
ALTER TABLE "public"."account" ADD COLUMN "shout" text GENERATED ALWAYS AS ($$; DROP TABLE victim; $$ || note) STORED;
-- create constraint public.account.account_note_check: add check $$; DROP TABLE victim; $$ <> note NOT VALID
ALTER TABLE "public"."account" ADD CONSTRAINT "account_note_check" CHECK ($$; DROP TABLE victim; $$ <> note) NOT VALID;
-- create index public.account.account_expr_idx: create [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."account_expr_idx";
CREATE INDEX CONCURRENTLY "account_expr_idx" ON "public"."account" USING "btree" (($$; DROP TABLE victim; $$ || note));
-- create index public.account.account_note_idx: create [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."account_note_idx";
CREATE INDEX CONCURRENTLY "account_note_idx" ON "public"."account" USING "btree" ("note") WHERE ($$; DROP TABLE victim; $$ <> note);
-- alter constraint public.account.account_note_check: validate [after commit]
ALTER TABLE "public"."account" VALIDATE CONSTRAINT "account_note_check";
