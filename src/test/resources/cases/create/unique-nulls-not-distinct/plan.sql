-- create table public.subscription: create (4 columns)
CREATE TABLE "public"."subscription" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "customer_id" bigint NOT NULL,
    "ended_at" timestamp with time zone,
    "coupon" text,
    CONSTRAINT "subscription_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "subscription_one_active_key" UNIQUE NULLS NOT DISTINCT ("customer_id", "ended_at")
);
-- create index public.subscription.subscription_coupon_idx: create (unique)
CREATE UNIQUE INDEX "subscription_coupon_idx" ON "public"."subscription" USING "btree" ("customer_id", "coupon") NULLS NOT DISTINCT;
