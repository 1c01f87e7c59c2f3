-- create table public.customer: create (3 columns)
CREATE TABLE "public"."customer" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "email" text NOT NULL,
    "city" text,
    CONSTRAINT "customer_pkey" PRIMARY KEY ("id")
);
-- create table public.purchase: create (4 columns)
CREATE TABLE "public"."purchase" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "customer_id" bigint NOT NULL,
    "total" numeric(12,2) NOT NULL,
    "at" timestamp with time zone DEFAULT (now()) NOT NULL,
    CONSTRAINT "purchase_pkey" PRIMARY KEY ("id")
);
-- create materialized view public.customer_value: create
CREATE MATERIALIZED VIEW "public"."customer_value" AS (
SELECT c.id AS customer_id,
    c.email,
    c.city,
    COALESCE(sum(p.total), (0)::numeric) AS lifetime_total,
    max(p.at) AS last_purchase_at
   FROM (customer c
     LEFT JOIN purchase p ON ((p.customer_id = c.id)))
  GROUP BY c.id
) WITH DATA;
COMMENT ON MATERIALIZED VIEW "public"."customer_value" IS 'lifetime value per customer, refreshed nightly';
-- create index public.customer_value.customer_value_city: create
CREATE INDEX "customer_value_city" ON "public"."customer_value" USING "btree" ("city") WHERE (city IS NOT NULL);
-- create index public.customer_value.customer_value_email: create
CREATE INDEX "customer_value_email" ON "public"."customer_value" USING "btree" ((lower(email)));
-- create index public.customer_value.customer_value_pk: create (unique)
CREATE UNIQUE INDEX "customer_value_pk" ON "public"."customer_value" USING "btree" ("customer_id");
-- create index public.customer_value.customer_value_recent: create
CREATE INDEX "customer_value_recent" ON "public"."customer_value" USING "btree" ("last_purchase_at" DESC);
-- create constraint public.purchase.purchase_customer_fk: add foreign key (customer_id) → public.customer(id)
ALTER TABLE "public"."purchase" ADD CONSTRAINT "purchase_customer_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer" ("id");
