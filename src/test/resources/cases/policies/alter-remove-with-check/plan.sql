-- alter policy public.notes.p: no with_check (drop and create)
DROP POLICY "p" ON "public"."notes";
CREATE POLICY "p" ON "public"."notes" AS PERMISSIVE FOR ALL TO PUBLIC USING (true);
