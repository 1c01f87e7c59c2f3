-- alter materialized view public.top_customer: drop for a moment, around the change of column public.payment.amount
DROP MATERIALIZED VIEW "public"."top_customer";
-- alter view public.big_payment_total: drop for a moment, around the change of column public.payment.amount
DROP VIEW "public"."big_payment_total";
-- alter view public.big_payment: drop for a moment, around the change of column public.payment.amount
DROP VIEW "public"."big_payment";
-- alter column public.payment.amount: integer → bigint
ALTER TABLE "public"."payment" ALTER COLUMN "amount" TYPE bigint USING "amount"::bigint;
-- alter view public.big_payment: create again in its new form after the change of column public.payment.amount
CREATE VIEW "public"."big_payment" ("id", "customer", "amount") AS (
SELECT payment.id,
    payment.customer,
    payment.amount
   FROM payment
  WHERE (payment.amount > 100)
);
-- alter view public.big_payment_total: create again in its new form after the change of column public.payment.amount
CREATE VIEW "public"."big_payment_total" ("customer", "total") AS (
SELECT big_payment.customer,
    sum(big_payment.amount) AS total
   FROM big_payment
  GROUP BY big_payment.customer
);
-- alter materialized view public.top_customer: create again in its new form after the change of column public.payment.amount
CREATE MATERIALIZED VIEW "public"."top_customer" AS (
SELECT big_payment_total.customer,
    big_payment_total.total
   FROM big_payment_total
  WHERE (big_payment_total.total > (1000)::numeric)
) WITH DATA;
COMMENT ON MATERIALIZED VIEW "public"."top_customer" IS 'customers above 1000';
-- create index public.top_customer.top_customer_key: create (unique)
CREATE UNIQUE INDEX "top_customer_key" ON "public"."top_customer" USING "btree" ("customer");
