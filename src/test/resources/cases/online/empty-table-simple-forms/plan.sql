-- alter column public.author.email: set not null
ALTER TABLE "public"."author" ALTER COLUMN "email" SET NOT NULL;
-- alter column public.book.author_id: set not null
ALTER TABLE "public"."book" ALTER COLUMN "author_id" SET NOT NULL;
-- create constraint public.author.author_pkey: add primary key (id)
ALTER TABLE "public"."author" ADD CONSTRAINT "author_pkey" PRIMARY KEY ("id");
-- create constraint public.author.author_email_key: add unique (email)
ALTER TABLE "public"."author" ADD CONSTRAINT "author_email_key" UNIQUE ("email");
-- create constraint public.book.book_isbn_length: add check length(isbn) IN (10, 13)
ALTER TABLE "public"."book" ADD CONSTRAINT "book_isbn_length" CHECK (length(isbn) IN (10, 13));
-- alter index public.book.book_title_idx: rebuild (definition changed)
DROP INDEX IF EXISTS "public"."book_title_idx";
CREATE INDEX "book_title_idx" ON "public"."book" USING "btree" ("title", "id");
-- create constraint public.book.book_author_fk: add foreign key (author_id) → public.author(id)
ALTER TABLE "public"."book" ADD CONSTRAINT "book_author_fk" FOREIGN KEY ("author_id") REFERENCES "public"."author" ("id");
