-- create column public.account._$a$: add (text, nullable, default '$a$; DROP TABLE victim; $a$')
ALTER TABLE "public"."account" ADD COLUMN "_$a$" text DEFAULT ('$a$; DROP TABLE victim; $a$');
-- create column public.account.shout: add (text, nullable)
ALTER TABLE "public"."account" ADD COLUMN "shout" text GENERATED ALWAYS AS (_$a$ || '; DROP TABLE victim; $a$') STORED;
-- create constraint public.account.account_note_check: add check _$a$ <> '; DROP TABLE victim; $a$' NOT VALID
ALTER TABLE "public"."account" ADD CONSTRAINT "account_note_check" CHECK (_$a$ <> '; DROP TABLE victim; $a$') NOT VALID;
-- create index public.account.account_expr_idx: create [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."account_expr_idx";
CREATE INDEX CONCURRENTLY "account_expr_idx" ON "public"."account" USING "btree" ((_$a$ || '; DROP TABLE victim; $a$'));
-- create index public.account.account_note_idx: create [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "public"."account_note_idx";
CREATE INDEX CONCURRENTLY "account_note_idx" ON "public"."account" USING "btree" ("note") WHERE (_$a$ <> '; DROP TABLE victim; $a$');
-- alter constraint public.account.account_note_check: validate [after commit]
ALTER TABLE "public"."account" VALIDATE CONSTRAINT "account_note_check";
