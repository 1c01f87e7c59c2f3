-- create table public.order_line_item_history_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: create (3 columns)
CREATE TABLE "public"."order_line_item_history_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" (
    "id" bigint GENERATED ALWAYS AS IDENTITY,
    "shipping_address_line_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" text,
    "€€€€€€€€€€€€€€€€€€€€€" integer DEFAULT (63),
    CONSTRAINT "order_line_item_history_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "€€€€€€€€€€€€€€€€€€€€€" CHECK ("€€€€€€€€€€€€€€€€€€€€€" >= 0)
);
-- create index public.order_line_item_history_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.order_line_item_history_lower_idx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxx: create
CREATE INDEX "order_line_item_history_lower_idx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxx" ON "public"."order_line_item_history_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" USING "btree" ((lower(shipping_address_line_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx)));
