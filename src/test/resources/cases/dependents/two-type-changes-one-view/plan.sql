-- alter view public.line_total: drop for a moment, around the change of column public.line.qty, column public.line.price
DROP VIEW "public"."line_total";
-- alter column public.line.qty: integer → bigint
ALTER TABLE "public"."line" ALTER COLUMN "qty" TYPE bigint USING "qty"::bigint, ALTER COLUMN "price" TYPE bigint USING "price"::bigint;
-- alter column public.line.price: integer → bigint
-- alter view public.line_total: create again in its new form after the change of column public.line.qty, column public.line.price
CREATE VIEW "public"."line_total" ("id", "total") AS (
SELECT id,
    (qty * price) AS total
   FROM line
);
