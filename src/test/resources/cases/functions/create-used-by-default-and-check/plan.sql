-- create function public.new_code(): create (sql, returns text)
CREATE FUNCTION "public"."new_code"()
 RETURNS text
 LANGUAGE sql
 AS $fn$
SELECT 'T-' || lpad((floor(random() * 1000000))::int::text, 6, '0')
$fn$;
-- create function public.norm(text): create (sql, returns text)
CREATE FUNCTION "public"."norm"("c" text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
 AS $fn$
SELECT lower(c)
$fn$;
-- create function public.valid_code(text): create (sql, returns boolean)
CREATE FUNCTION "public"."valid_code"("c" text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
 AS $fn$
SELECT c ~ '^T-[0-9]{6}$'
$fn$;
-- create table public.ticket: create (2 columns)
CREATE TABLE "public"."ticket" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "code" text DEFAULT (new_code()) NOT NULL,
    CONSTRAINT "ticket_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ticket_code_valid" CHECK (valid_code(code))
);
-- create column public.note.token: add (text, not null, default new_code())
ALTER TABLE "public"."note" ADD COLUMN "token" text DEFAULT (new_code()) NOT NULL;
-- create index public.ticket.ticket_code_norm_idx: create
CREATE INDEX "ticket_code_norm_idx" ON "public"."ticket" USING "btree" ((norm(code)));
