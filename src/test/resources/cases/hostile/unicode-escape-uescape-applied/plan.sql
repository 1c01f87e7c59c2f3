-- create column public.account.label: add (text, nullable, default U&'!0027; DROP TABLE victim; --' UESCAPE '!')
ALTER TABLE "public"."account" ADD COLUMN "label" text DEFAULT (U&'!0027; DROP TABLE victim; --' UESCAPE '!');
-- create column public.account.shout: add (text, nullable)
ALTER TABLE "public"."account" ADD COLUMN "shout" text GENERATED ALWAYS AS (U&'!0027; DROP TABLE victim; --' UESCAPE '!' || note) STORED;
-- create constraint public.account.account_note_check: add check U&'!0027; DROP TABLE victim; --' UESCAPE '!' <> note NOT VALID
ALTER TABLE "public"."account" ADD CONSTRAINT "account_note_check" CHECK (U&'!0027; DROP TABLE victim; --' UESCAPE '!' <> note) NOT VALID;
-- create index public.account.account_expr_idx: create [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."account_expr_idx";
CREATE INDEX CONCURRENTLY "account_expr_idx" ON "public"."account" USING "btree" ((U&'!0027; DROP TABLE victim; --' UESCAPE '!' || note));
-- create index public.account.account_note_idx: create [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."account_note_idx";
CREATE INDEX CONCURRENTLY "account_note_idx" ON "public"."account" USING "btree" ("note") WHERE (U&'!0027; DROP TABLE victim; --' UESCAPE '!' <> note);
-- alter constraint public.account.account_note_check: validate [after commit]
ALTER TABLE "public"."account" VALIDATE CONSTRAINT "account_note_check";
