-- create table public.note: create (2 columns)
CREATE TABLE "public"."note" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "body" text NOT NULL,
    CONSTRAINT "note_pkey" PRIMARY KEY ("id")
);
-- create table public.note_tag: create (2 columns)
CREATE TABLE "public"."note_tag" (
    "note_id" bigint NOT NULL,
    "tag_id" integer NOT NULL,
    CONSTRAINT "note_tag_pkey" PRIMARY KEY ("note_id", "tag_id")
);
-- create table public.tag: create (3 columns)
CREATE TABLE "public"."tag" (
    "id" integer GENERATED ALWAYS AS IDENTITY,
    "slug" character varying(50) NOT NULL,
    "attrs" jsonb DEFAULT ('{}') NOT NULL,
    CONSTRAINT "tag_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "tag_slug_key" UNIQUE ("slug"),
    CONSTRAINT "tag_attrs_object" CHECK (jsonb_typeof(attrs) = 'object'),
    CONSTRAINT "tag_slug_format" CHECK (slug ~ '^[a-z0-9-]+$')
);
-- create index public.note_tag.note_tag_tag_idx: create
CREATE INDEX "note_tag_tag_idx" ON "public"."note_tag" USING "btree" ("tag_id");
-- create constraint public.note_tag.note_tag_note_fk: add foreign key (note_id) → public.note(id)
ALTER TABLE "public"."note_tag" ADD CONSTRAINT "note_tag_note_fk" FOREIGN KEY ("note_id") REFERENCES "public"."note" ("id") ON DELETE CASCADE;
-- create constraint public.note_tag.note_tag_tag_fk: add foreign key (tag_id) → public.tag(id)
ALTER TABLE "public"."note_tag" ADD CONSTRAINT "note_tag_tag_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."tag" ("id") ON DELETE CASCADE;
