-- alter policy public.notes.owners_only: rename from old_name, new using
ALTER POLICY "old_name" ON "public"."notes" RENAME TO "owners_only";
ALTER POLICY "owners_only" ON "public"."notes" USING (((owner = CURRENT_USER) OR (tenant = 0)));
