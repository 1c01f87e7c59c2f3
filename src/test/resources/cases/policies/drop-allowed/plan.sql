-- drop policy public.notes.q: drop
DROP POLICY "q" ON "public"."notes";
