-- create table public.Robert'); DROP TABLE victim;--: create (2 columns)
CREATE TABLE "public"."Robert'); DROP TABLE victim;--" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "x""; DROP TABLE victim; --" text DEFAULT ('') NOT NULL,
    CONSTRAINT "pk$$; DROP TABLE victim; $$" PRIMARY KEY ("id"),
    CONSTRAINT "c'; DROP TABLE victim; --" CHECK ("x""; DROP TABLE victim; --" <> ';')
);
COMMENT ON TABLE "public"."Robert'); DROP TABLE victim;--" IS '''); DROP TABLE victim; --';
-- create index public.Robert'); DROP TABLE victim;--.i"; DROP TABLE victim; --: create
CREATE INDEX "i""; DROP TABLE victim; --" ON "public"."Robert'); DROP TABLE victim;--" USING "btree" ("x""; DROP TABLE victim; --");
