-- Mastodon 2.4 (2018) between db/migrate/20180812173710_copy_status_stats.rb and
-- db/post_migrate/20180813113448_copy_status_stats_cleanup.rb: status_stats exists and holds the copied counters;
-- the cleanup drops them from statuses. Run with --allow-destructive, as the release that ships the cleanup would.
CREATE TABLE public.accounts (
    id bigint NOT NULL,
    username character varying DEFAULT ''::character varying NOT NULL,
    domain character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);
CREATE SEQUENCE public.accounts_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.accounts_id_seq OWNED BY public.accounts.id;
ALTER TABLE ONLY public.accounts ALTER COLUMN id SET DEFAULT nextval('public.accounts_id_seq'::regclass);
ALTER TABLE ONLY public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);

CREATE TABLE public.statuses (
    id bigint NOT NULL,
    uri character varying,
    text text DEFAULT ''::text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    in_reply_to_id bigint,
    reblog_of_id bigint,
    url character varying,
    sensitive boolean DEFAULT false NOT NULL,
    visibility integer DEFAULT 0 NOT NULL,
    spoiler_text text DEFAULT ''::text NOT NULL,
    reply boolean DEFAULT false NOT NULL,
    favourites_count integer DEFAULT 0 NOT NULL,
    reblogs_count integer DEFAULT 0 NOT NULL,
    language character varying,
    account_id bigint NOT NULL,
    local boolean
);
CREATE SEQUENCE public.statuses_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER TABLE ONLY public.statuses ALTER COLUMN id SET DEFAULT nextval('public.statuses_id_seq'::regclass);
ALTER TABLE ONLY public.statuses ADD CONSTRAINT statuses_pkey PRIMARY KEY (id);
CREATE INDEX index_statuses_20180106 ON public.statuses USING btree (account_id, id DESC, visibility, updated_at);
CREATE INDEX index_statuses_on_in_reply_to_id ON public.statuses USING btree (in_reply_to_id);
CREATE INDEX index_statuses_on_reblog_of_id_and_account_id ON public.statuses USING btree (reblog_of_id, account_id);
CREATE UNIQUE INDEX index_statuses_on_uri ON public.statuses USING btree (uri);
ALTER TABLE ONLY public.statuses ADD CONSTRAINT fk_9bda1543f7 FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE;
ALTER TABLE ONLY public.statuses ADD CONSTRAINT fk_rails_256483a9ab FOREIGN KEY (reblog_of_id) REFERENCES public.statuses(id) ON DELETE CASCADE;
ALTER TABLE ONLY public.statuses ADD CONSTRAINT fk_rails_94a6f70399 FOREIGN KEY (in_reply_to_id) REFERENCES public.statuses(id) ON DELETE SET NULL;

INSERT INTO public.accounts (username, domain, created_at, updated_at)
SELECT 'user' || i, CASE WHEN i % 4 = 0 THEN 'mastodon.example' END, now(), now() FROM generate_series(1, 50) AS i;
INSERT INTO public.statuses (uri, text, created_at, updated_at, visibility, favourites_count, reblogs_count, account_id, local)
SELECT 'https://example.social/users/u' || (1 + i % 50) || '/statuses/' || i, 'toot number ' || i, now(), now(),
       i % 4, (i * 13) % 40, (i * 7) % 11, 1 + i % 50, i % 4 <> 0
FROM generate_series(1, 600) AS i;
UPDATE public.statuses SET in_reply_to_id = id - 1, reply = true WHERE id % 10 = 0;

CREATE TABLE public.status_stats (
    id bigint NOT NULL,
    status_id bigint,
    replies_count bigint DEFAULT 0 NOT NULL,
    reblogs_count bigint DEFAULT 0 NOT NULL,
    favourites_count bigint DEFAULT 0 NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);
CREATE SEQUENCE public.status_stats_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.status_stats_id_seq OWNED BY public.status_stats.id;
ALTER TABLE ONLY public.status_stats ALTER COLUMN id SET DEFAULT nextval('public.status_stats_id_seq'::regclass);
ALTER TABLE ONLY public.status_stats ADD CONSTRAINT status_stats_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_status_stats_on_status_id ON public.status_stats USING btree (status_id);
ALTER TABLE ONLY public.status_stats ADD CONSTRAINT fk_rails_4a247aac42 FOREIGN KEY (status_id) REFERENCES public.statuses(id) ON DELETE CASCADE;

-- 20180812173710_copy_status_stats.rb
INSERT INTO status_stats (status_id, reblogs_count, favourites_count, created_at, updated_at)
SELECT id, reblogs_count, favourites_count, created_at, updated_at
FROM statuses
ON CONFLICT (status_id) DO UPDATE
SET reblogs_count = EXCLUDED.reblogs_count, favourites_count = EXCLUDED.favourites_count;
