-- An order total kept by a SQL function that a view and a materialized view call.
CREATE TABLE public.order_items (
    order_id bigint NOT NULL,
    product_id bigint NOT NULL,
    qty integer NOT NULL,
    unit_price numeric(12,2) NOT NULL,
    PRIMARY KEY (order_id, product_id)
);
CREATE FUNCTION public.order_total(p_order bigint) RETURNS numeric LANGUAGE sql STABLE AS $$
  SELECT coalesce(sum(qty * unit_price), 0) FROM public.order_items WHERE order_id = p_order
$$;
CREATE VIEW public.order_totals AS SELECT DISTINCT order_id, public.order_total(order_id) AS total FROM public.order_items;
CREATE MATERIALIZED VIEW public.big_orders AS
  SELECT order_id, public.order_total(order_id) AS total FROM public.order_items GROUP BY order_id
  HAVING public.order_total(order_id) > 10;
INSERT INTO public.order_items SELECT g / 3, g, 2, 4.50 FROM generate_series(1, 60) g;
REFRESH MATERIALIZED VIEW public.big_orders;
