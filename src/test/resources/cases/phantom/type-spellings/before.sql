CREATE TABLE measurement (
    id int8 NOT NULL,
    a integer,
    b int2,
    c character varying(20),
    d timestamp with time zone,
    e timestamp without time zone,
    f double precision,
    g float4,
    h decimal(10,2),
    i bool,
    j character(3),
    k time without time zone,
    l int4[],
    m varchar,
    n timestamptz(3),
    CONSTRAINT measurement_pkey PRIMARY KEY (id)
);
