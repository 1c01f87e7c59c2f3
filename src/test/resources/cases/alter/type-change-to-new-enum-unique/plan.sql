-- create type public.tier: create enum (free, pro, team, enterprise)
CREATE TYPE "public"."tier" AS ENUM ('free', 'pro', 'team', 'enterprise');
-- alter column public.plan_tier.name: text → tier
ALTER TABLE "public"."plan_tier" ALTER COLUMN "name" TYPE tier USING "name"::tier;
