-- Mastodon's statuses.id defaults to timestamp_id('statuses'), a plpgsql function Mastodon defines in a migration
-- of its own (schemasync leaves functions alone). The YAML names the function in the column default.

CREATE TABLE public.statuses (
    id bigint DEFAULT public.timestamp_id('statuses'::text) NOT NULL,
    uri character varying,
    text text DEFAULT ''::text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);

CREATE SEQUENCE public.statuses_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER TABLE ONLY public.statuses
    ADD CONSTRAINT statuses_pkey PRIMARY KEY (id);

SELECT pg_catalog.set_config('search_path', 'public', false);
