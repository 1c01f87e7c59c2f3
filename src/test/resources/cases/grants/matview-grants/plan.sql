-- alter materialized view public.sales_total: grant select to app_reader
GRANT SELECT ON TABLE "public"."sales_total" TO "app_reader";
