-- alter column public.api_client.token: text → integer [refused]
ALTER TABLE "public"."api_client" ALTER COLUMN "token" TYPE integer USING "token"::integer;
