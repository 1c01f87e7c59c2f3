-- alter policy public.notes.p: command select → all (drop and create)
DROP POLICY "p" ON "public"."notes";
CREATE POLICY "p" ON "public"."notes" AS PERMISSIVE FOR ALL TO PUBLIC USING ((owner = CURRENT_USER));
