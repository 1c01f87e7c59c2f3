-- alter policy public.notes.p: roles anon, authenticated
ALTER POLICY "p" ON "public"."notes" TO "anon", "authenticated";
