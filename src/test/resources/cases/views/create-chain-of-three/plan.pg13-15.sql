-- create view public.z_sale_2024: create (3 columns)
CREATE VIEW "public"."z_sale_2024" ("id", "region", "amount") AS (
SELECT sale.id,
    sale.region,
    sale.amount
   FROM sale
  WHERE ((sale.sold_on >= '2024-01-01'::date) AND (sale.sold_on < '2025-01-01'::date))
);
-- create view public.m_region_total: create (2 columns)
CREATE VIEW "public"."m_region_total" ("region", "total") AS (
SELECT z_sale_2024.region,
    sum(z_sale_2024.amount) AS total
   FROM z_sale_2024
  GROUP BY z_sale_2024.region
);
-- create view public.a_region_top: create (2 columns)
CREATE VIEW "public"."a_region_top" ("region", "total") AS (
SELECT m_region_total.region,
    m_region_total.total
   FROM m_region_total
  WHERE (m_region_total.total > (10)::numeric)
);
