-- alter policy public.notes.p: comment 'everyone reads every note'
COMMENT ON POLICY "p" ON "public"."notes" IS 'everyone reads every note';
