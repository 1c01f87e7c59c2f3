-- alter view public.recent_happy: drop for a moment, around the change of type public.mood
DROP VIEW "public"."recent_happy";
-- alter view public.happy_entries: drop for a moment, around the change of type public.mood
DROP VIEW "public"."happy_entries";
-- alter type public.mood: remove value 'meh' (type made again, 1 column converted)
ALTER TYPE "public"."mood" RENAME TO "schemasync_old_mood";
CREATE TYPE "public"."mood" AS ENUM ('sad', 'ok', 'happy');
ALTER TABLE "public"."entry" ALTER COLUMN "mood" TYPE "public"."mood" USING CASE WHEN "mood"::text IN ('meh') THEN NULL ELSE "mood"::text::"public"."mood" END;
DROP TYPE "public"."schemasync_old_mood";
-- alter view public.happy_entries: create again after the change of type public.mood
CREATE VIEW "public"."happy_entries" ("id", "mood") AS (
SELECT id,
    mood
   FROM entry
  WHERE (mood = 'happy'::mood)
);
-- alter view public.recent_happy: create again after the change of type public.mood
CREATE VIEW "public"."recent_happy" ("id") AS (
SELECT id
   FROM happy_entries
  WHERE (id > 1)
);
