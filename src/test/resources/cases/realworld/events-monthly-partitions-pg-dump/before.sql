-- A time-partitioned events table as pg_dump restores it: every partition created as a table of its own with all
-- the columns and the check, then attached; the key and the index made ON ONLY the parent and attached per
-- partition. After the restore the partitions' columns, checks and indexes are the parent's (PostgreSQL marks them
-- inherited), so the YAML that declares them once on the parent plans empty.
SELECT pg_catalog.set_config('search_path', '', false);
CREATE TABLE public.events (
    id bigint NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    payload jsonb,
    CONSTRAINT events_kind_not_blank CHECK ((kind <> ''::text))
)
PARTITION BY RANGE (occurred_at);
CREATE TABLE public.events_2026_01 (
    id bigint NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    payload jsonb,
    CONSTRAINT events_kind_not_blank CHECK ((kind <> ''::text))
);
CREATE TABLE public.events_2026_02 (
    id bigint NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    payload jsonb,
    CONSTRAINT events_kind_not_blank CHECK ((kind <> ''::text))
);
CREATE TABLE public.events_default (
    id bigint NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    kind text NOT NULL,
    payload jsonb,
    CONSTRAINT events_kind_not_blank CHECK ((kind <> ''::text))
);
ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2026_01 FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2026-02-01 00:00:00+00');
ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2026_02 FOR VALUES FROM ('2026-02-01 00:00:00+00') TO ('2026-03-01 00:00:00+00');
ALTER TABLE ONLY public.events ATTACH PARTITION public.events_default DEFAULT;
INSERT INTO public.events SELECT i, timestamptz '2026-01-01' + i * interval '1 hour', 'view', NULL FROM generate_series(1, 1000) AS i;
ALTER TABLE ONLY public.events ADD CONSTRAINT events_pkey PRIMARY KEY (id, occurred_at);
ALTER TABLE ONLY public.events_2026_01 ADD CONSTRAINT events_2026_01_pkey PRIMARY KEY (id, occurred_at);
ALTER TABLE ONLY public.events_2026_02 ADD CONSTRAINT events_2026_02_pkey PRIMARY KEY (id, occurred_at);
ALTER TABLE ONLY public.events_default ADD CONSTRAINT events_default_pkey PRIMARY KEY (id, occurred_at);
CREATE INDEX events_kind_idx ON ONLY public.events USING btree (kind, occurred_at);
CREATE INDEX events_2026_01_kind_occurred_at_idx ON public.events_2026_01 USING btree (kind, occurred_at);
CREATE INDEX events_2026_02_kind_occurred_at_idx ON public.events_2026_02 USING btree (kind, occurred_at);
CREATE INDEX events_default_kind_occurred_at_idx ON public.events_default USING btree (kind, occurred_at);
ALTER INDEX public.events_pkey ATTACH PARTITION public.events_2026_01_pkey;
ALTER INDEX public.events_kind_idx ATTACH PARTITION public.events_2026_01_kind_occurred_at_idx;
ALTER INDEX public.events_pkey ATTACH PARTITION public.events_2026_02_pkey;
ALTER INDEX public.events_kind_idx ATTACH PARTITION public.events_2026_02_kind_occurred_at_idx;
ALTER INDEX public.events_pkey ATTACH PARTITION public.events_default_pkey;
ALTER INDEX public.events_kind_idx ATTACH PARTITION public.events_default_kind_occurred_at_idx;
SELECT pg_catalog.set_config('search_path', 'public', false);
