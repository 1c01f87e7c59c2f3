-- create column public.account.label: add (text, nullable, default $a$ '; DROP TABLE victim; $b$ $a$)
ALTER TABLE "public"."account" ADD COLUMN "label" text DEFAULT ($a$ '; DROP TABLE victim; $b$ $a$);
-- create column public.account.shout: add (text, nullable)
ALTER TABLE "public"."account" ADD COLUMN "shout" text GENERATED ALWAYS AS ($a$ '; DROP TABLE victim; $b$ $a$ || note) STORED;
-- create constraint public.account.account_note_check: add check $a$ '; DROP TABLE victim; $b$ $a$ <> note NOT VALID
ALTER TABLE "public"."account" ADD CONSTRAINT "account_note_check" CHECK ($a$ '; DROP TABLE victim; $b$ $a$ <> note) NOT VALID;
-- create index public.account.account_expr_idx: create [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."account_expr_idx";
CREATE INDEX CONCURRENTLY "account_expr_idx" ON "public"."account" USING "btree" (($a$ '; DROP TABLE victim; $b$ $a$ || note));
-- create index public.account.account_note_idx: create [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."account_note_idx";
CREATE INDEX CONCURRENTLY "account_note_idx" ON "public"."account" USING "btree" ("note") WHERE ($a$ '; DROP TABLE victim; $b$ $a$ <> note);
-- alter constraint public.account.account_note_check: validate [after commit]
ALTER TABLE "public"."account" VALIDATE CONSTRAINT "account_note_check";
