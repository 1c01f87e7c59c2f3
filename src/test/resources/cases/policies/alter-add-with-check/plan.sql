-- alter policy public.notes.p: new with_check
ALTER POLICY "p" ON "public"."notes" WITH CHECK ((owner = CURRENT_USER));
