-- The check exactly as pg_dump (and so every Rails db/structure.sql) prints it, loaded back: PostgreSQL parses
-- that text into a different tree, which it deparses as ANY (ARRAY[('pending'::character varying)::text, ...]).
CREATE TABLE public.orders (
    id bigint NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    status character varying NOT NULL,
    CONSTRAINT orders_status_valid CHECK (((status)::text = ANY ((ARRAY['pending'::character varying, 'paid'::character varying])::text[])))
);
