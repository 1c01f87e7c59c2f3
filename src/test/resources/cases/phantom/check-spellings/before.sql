CREATE TABLE product (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    price numeric(10,2) NOT NULL,
    status text NOT NULL,
    CONSTRAINT product_price_positive CHECK ((price > (0)::numeric)),
    CONSTRAINT product_name_not_empty CHECK ((length(name) > 0)),
    CONSTRAINT product_status_valid CHECK ((status = ANY (ARRAY['a'::text, 'b'::text])))
);
