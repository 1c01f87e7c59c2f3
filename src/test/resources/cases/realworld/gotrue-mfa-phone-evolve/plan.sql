-- alter type auth.factor_type: add value 'phone' after 'webauthn'
ALTER TYPE "auth"."factor_type" ADD VALUE 'phone' AFTER 'webauthn';
-- create column auth.mfa_challenges.otp_code: add (text, nullable)
ALTER TABLE "auth"."mfa_challenges" ADD COLUMN "otp_code" text;
-- create column auth.mfa_factors.phone: add (text, nullable)
ALTER TABLE "auth"."mfa_factors" ADD COLUMN "phone" text;
-- create constraint auth.mfa_factors.mfa_factors_phone_key: add unique (phone): unique index built CONCURRENTLY, then USING INDEX [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "auth"."mfa_factors_phone_key";
CREATE UNIQUE INDEX CONCURRENTLY "mfa_factors_phone_key" ON "auth"."mfa_factors" USING "btree" ("phone");
ALTER TABLE "auth"."mfa_factors" ADD CONSTRAINT "mfa_factors_phone_key" UNIQUE USING INDEX "mfa_factors_phone_key";
-- create index auth.mfa_factors.unique_verified_phone_factor: create (unique) [after commit]
DROP INDEX CONCURRENTLY IF EXISTS "auth"."unique_verified_phone_factor";
CREATE UNIQUE INDEX CONCURRENTLY "unique_verified_phone_factor" ON "auth"."mfa_factors" USING "btree" ("user_id", "phone");
