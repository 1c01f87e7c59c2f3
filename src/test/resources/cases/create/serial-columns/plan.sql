-- create table public.comment: create (4 columns)
CREATE TABLE "public"."comment" (
    "id" bigserial,
    "post_id" integer NOT NULL,
    "position" smallserial,
    "body" text NOT NULL,
    CONSTRAINT "comment_pkey" PRIMARY KEY ("id")
);
-- create table public.post: create (2 columns)
CREATE TABLE "public"."post" (
    "id" serial,
    "title" character varying(200) NOT NULL,
    CONSTRAINT "post_pkey" PRIMARY KEY ("id")
);
-- create constraint public.comment.comment_post_id_fkey: add foreign key (post_id) → public.post(id)
ALTER TABLE "public"."comment" ADD CONSTRAINT "comment_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "public"."post" ("id") ON DELETE CASCADE;
