-- create table public.ledger
; DROP TABLE victim; --: create (3 columns)
CREATE TABLE "public"."ledger
; DROP TABLE victim; --" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "memo
\! rm -rf /" text DEFAULT ('a'
'; DROP TABLE victim; --'),
    "note" text DEFAULT ('first line
; DROP TABLE victim; --'),
    CONSTRAINT "ledger
; DROP TABLE victim; --_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ledger_note_check
; DROP TABLE victim" CHECK (note <> '
; DROP TABLE victim; --')
);
COMMENT ON TABLE "public"."ledger
; DROP TABLE victim; --" IS 'line one
; DROP TABLE victim; --[2K[1A';
