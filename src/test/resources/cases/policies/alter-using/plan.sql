-- alter policy public.notes.p: new using
ALTER POLICY "p" ON "public"."notes" USING (((owner = CURRENT_USER) OR (tenant = 0)));
