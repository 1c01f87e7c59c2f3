-- alter type public.Answer: rename value 'it''s ok' to 'it''s fine''); DROP TABLE poll; --'
ALTER TYPE "public"."Answer" RENAME VALUE 'it''s ok' TO 'it''s fine''); DROP TABLE poll; --';
-- alter type public.Answer: remove value 'no', add 'maybe' (type made again, 1 column converted)
ALTER TYPE "public"."Answer" RENAME TO "schemasync_old_Answer";
CREATE TYPE "public"."Answer" AS ENUM ('yes', 'it''s fine''); DROP TABLE poll; --', 'maybe');
ALTER TABLE "public"."poll" ALTER COLUMN "answer" DROP DEFAULT;
ALTER TABLE "public"."poll" ALTER COLUMN "answer" TYPE "public"."Answer" USING CASE WHEN "answer"::text IN ('no') THEN NULL ELSE "answer"::text::"public"."Answer" END;
ALTER TABLE "public"."poll" ALTER COLUMN "answer" SET DEFAULT ('it''s fine''); DROP TABLE poll; --');
DROP TYPE "public"."schemasync_old_Answer";
