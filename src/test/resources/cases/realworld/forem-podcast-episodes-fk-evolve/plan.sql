-- create constraint public.podcast_episodes.fk_rails_893fc9044f: add foreign key (podcast_id) → public.podcasts(id) NOT VALID
ALTER TABLE "public"."podcast_episodes" ADD CONSTRAINT "fk_rails_893fc9044f" FOREIGN KEY ("podcast_id") REFERENCES "public"."podcasts" ("id") ON DELETE CASCADE NOT VALID;
-- alter constraint public.podcast_episodes.fk_rails_893fc9044f: validate [after commit]
ALTER TABLE "public"."podcast_episodes" VALIDATE CONSTRAINT "fk_rails_893fc9044f";
