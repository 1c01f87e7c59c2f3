-- alter view public.Active "Lines": drop for a moment, around the change of column public.Order Line.Qty;DROP
DROP VIEW "public"."Active ""Lines""";
-- alter column public.Order Line.Qty;DROP: integer → bigint
ALTER TABLE "public"."Order Line" ALTER COLUMN "Qty;DROP" TYPE bigint USING "Qty;DROP"::bigint;
-- alter view public.Active "Lines": create again in its new form after the change of column public.Order Line.Qty;DROP
CREATE VIEW "public"."Active ""Lines""" ("id", "Qty;DROP") AS (
SELECT "Order Line".id,
    "Order Line"."Qty;DROP"
   FROM "Order Line"
  WHERE ("Order Line"."Qty;DROP" > 0)
);
COMMENT ON VIEW "public"."Active ""Lines""" IS 'it''s; DROP TABLE x';
