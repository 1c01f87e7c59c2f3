-- alter policy public.notes.p: roles public
ALTER POLICY "p" ON "public"."notes" TO PUBLIC;
