-- create table public.customer: create (2 columns)
CREATE TABLE "public"."customer" (
    "id" bigint NOT NULL,
    "email" text NOT NULL,
    CONSTRAINT "customer_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "customer_email_id" UNIQUE ("email", "id"),
    CONSTRAINT "customer_email_key" UNIQUE ("email")
);
ALTER TABLE "public"."customer" ADD CONSTRAINT "customer_email_key2" UNIQUE ("email");
ALTER TABLE "public"."customer" ADD CONSTRAINT "customer_id_key" UNIQUE ("id");
