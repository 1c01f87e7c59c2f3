CREATE TABLE public.sales (amount numeric);
INSERT INTO public.sales VALUES (5), (7);
CREATE MATERIALIZED VIEW public.sales_total AS select sum(amount) as total from sales;
