-- alter column public.ledger_entry.booked_on: timestamp → date [refused]
ALTER TABLE "public"."ledger_entry" ALTER COLUMN "booked_on" TYPE date USING "booked_on"::date;
