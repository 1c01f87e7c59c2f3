-- create schema auth: create
CREATE SCHEMA "auth";
-- create type auth.factor_type: create enum (totp, webauthn, phone)
CREATE TYPE "auth"."factor_type" AS ENUM ('totp', 'webauthn', 'phone');
-- create table auth.mfa_factors: create (2 columns)
CREATE TABLE "auth"."mfa_factors" (
    "id" uuid NOT NULL,
    "factor_type" auth.factor_type NOT NULL,
    CONSTRAINT "mfa_factors_pkey" PRIMARY KEY ("id")
);
