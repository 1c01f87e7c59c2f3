-- alter view public.big_line_item: drop for a moment, around the change of column public.line_item.total
DROP VIEW "public"."big_line_item";
-- alter column public.line_item.total: change generation expression
ALTER TABLE "public"."line_item" DROP COLUMN "total";
ALTER TABLE "public"."line_item" ADD COLUMN "total" numeric GENERATED ALWAYS AS (quantity * unit_price * 0.9) STORED;
COMMENT ON COLUMN "public"."line_item"."total" IS 'quantity times price';
CREATE INDEX "line_item_total_idx" ON "public"."line_item" USING "btree" ("total");
ALTER TABLE "public"."line_item" ADD CONSTRAINT "line_item_total_nonnegative" CHECK (total >= (0)::numeric);
-- alter view public.big_line_item: create again after the change of column public.line_item.total
CREATE VIEW "public"."big_line_item" ("id", "total") AS (
SELECT line_item.id,
    line_item.total
   FROM line_item
  WHERE (line_item.total > (100)::numeric)
);
