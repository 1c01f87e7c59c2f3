-- alter policy public.notes.p: restrictive (drop and create)
DROP POLICY "p" ON "public"."notes";
CREATE POLICY "p" ON "public"."notes" AS RESTRICTIVE FOR ALL TO PUBLIC USING ((tenant = 1));
