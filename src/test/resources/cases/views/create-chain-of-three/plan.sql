-- create view public.z_sale_2024: create (3 columns)
CREATE VIEW "public"."z_sale_2024" ("id", "region", "amount") AS (
SELECT id,
    region,
    amount
   FROM sale
  WHERE ((sold_on >= '2024-01-01'::date) AND (sold_on < '2025-01-01'::date))
);
-- create view public.m_region_total: create (2 columns)
CREATE VIEW "public"."m_region_total" ("region", "total") AS (
SELECT region,
    sum(amount) AS total
   FROM z_sale_2024
  GROUP BY region
);
-- create view public.a_region_top: create (2 columns)
CREATE VIEW "public"."a_region_top" ("region", "total") AS (
SELECT region,
    total
   FROM m_region_total
  WHERE (total > (10)::numeric)
);
