-- alter column public.notes.owner_name: rename from owner
ALTER TABLE "public"."notes" RENAME COLUMN "owner" TO "owner_name";
-- alter policy public.notes.p: new using
ALTER POLICY "p" ON "public"."notes" USING ((owner_name = CURRENT_USER));
