-- alter policy public.notes.owners_only: rename from old_name
ALTER POLICY "old_name" ON "public"."notes" RENAME TO "owners_only";
