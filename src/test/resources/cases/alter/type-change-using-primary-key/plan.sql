-- alter column public.ticket.code: text → integer [refused]
ALTER TABLE "public"."ticket" ALTER COLUMN "code" TYPE integer USING "code"::integer;
