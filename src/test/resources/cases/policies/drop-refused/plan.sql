-- drop policy public.notes.q: drop [refused]
DROP POLICY "q" ON "public"."notes";
