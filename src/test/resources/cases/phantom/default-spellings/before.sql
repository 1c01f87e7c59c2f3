CREATE TABLE document (
    id bigint PRIMARY KEY,
    status text NOT NULL DEFAULT 'draft'::text,
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at timestamptz NOT NULL DEFAULT now(),
    version integer NOT NULL DEFAULT 0,
    price numeric(10,2) DEFAULT 0.00,
    metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
    visible boolean NOT NULL DEFAULT true,
    tags text[] DEFAULT '{}'::text[],
    code varchar(10) DEFAULT 'X'::character varying
);
