-- create table public.author: create (2 columns)
CREATE TABLE "public"."author" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "name" text NOT NULL,
    CONSTRAINT "author_pkey" PRIMARY KEY ("id")
);
-- create table public.book: create (6 columns)
CREATE TABLE "public"."book" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "author_id" bigint,
    "editor_id" bigint,
    "translator_id" bigint,
    "reviewer_id" bigint DEFAULT (1),
    "publisher_id" bigint,
    CONSTRAINT "book_pkey" PRIMARY KEY ("id")
);
-- create constraint public.book.book_author_fk: add foreign key (author_id) → public.author(id)
ALTER TABLE "public"."book" ADD CONSTRAINT "book_author_fk" FOREIGN KEY ("author_id") REFERENCES "public"."author" ("id") ON UPDATE CASCADE ON DELETE CASCADE;
-- create constraint public.book.book_editor_fk: add foreign key (editor_id) → public.author(id)
ALTER TABLE "public"."book" ADD CONSTRAINT "book_editor_fk" FOREIGN KEY ("editor_id") REFERENCES "public"."author" ("id") ON UPDATE RESTRICT ON DELETE SET NULL;
-- create constraint public.book.book_publisher_fk: add foreign key (publisher_id) → public.author(id)
ALTER TABLE "public"."book" ADD CONSTRAINT "book_publisher_fk" FOREIGN KEY ("publisher_id") REFERENCES "public"."author" ("id") ON UPDATE SET NULL;
-- create constraint public.book.book_reviewer_fk: add foreign key (reviewer_id) → public.author(id)
ALTER TABLE "public"."book" ADD CONSTRAINT "book_reviewer_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."author" ("id") ON DELETE SET DEFAULT;
-- create constraint public.book.book_translator_fk: add foreign key (translator_id) → public.author(id)
ALTER TABLE "public"."book" ADD CONSTRAINT "book_translator_fk" FOREIGN KEY ("translator_id") REFERENCES "public"."author" ("id") ON DELETE RESTRICT;
