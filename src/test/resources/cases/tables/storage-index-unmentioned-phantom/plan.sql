-- alter index public.account.account_email_idx: reset (fillfactor) (pages written from now on; REINDEX repacks the rest)
ALTER INDEX "public"."account_email_idx" RESET ("fillfactor");
