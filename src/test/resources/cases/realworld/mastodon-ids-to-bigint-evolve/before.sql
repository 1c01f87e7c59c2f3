-- Mastodon in 2017 (v1.6, db/structure.sql as pg_dump writes it) before db/migrate/20170918125918_ids_to_bigints.rb:
-- accounts, follows and favourites still had Rails 5.0's integer ids (statuses.id was bigint since
-- 20170322143850). The migration widens accounts.id and every column that points at it, with the foreign keys
-- (fk_ names, ON DELETE CASCADE) in place. Trimmed to those tables, keeping their keys and indexes.
CREATE TABLE public.accounts (
    id integer NOT NULL,
    username character varying DEFAULT ''::character varying NOT NULL,
    domain character varying,
    display_name character varying DEFAULT ''::character varying NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    locked boolean DEFAULT false NOT NULL,
    suspended boolean DEFAULT false NOT NULL
);
CREATE SEQUENCE public.accounts_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.accounts_id_seq OWNED BY public.accounts.id;
ALTER TABLE ONLY public.accounts ALTER COLUMN id SET DEFAULT nextval('public.accounts_id_seq'::regclass);
ALTER TABLE ONLY public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_accounts_on_username_and_domain ON public.accounts USING btree (username, domain);
CREATE INDEX index_accounts_on_username_and_domain_lower ON public.accounts USING btree (lower((username)::text), lower((domain)::text));

CREATE TABLE public.statuses (
    id bigint NOT NULL,
    uri character varying,
    account_id integer NOT NULL,
    text text DEFAULT ''::text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    visibility integer DEFAULT 0 NOT NULL
);
CREATE SEQUENCE public.statuses_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.statuses_id_seq OWNED BY public.statuses.id;
ALTER TABLE ONLY public.statuses ALTER COLUMN id SET DEFAULT nextval('public.statuses_id_seq'::regclass);
ALTER TABLE ONLY public.statuses ADD CONSTRAINT statuses_pkey PRIMARY KEY (id);
CREATE INDEX index_statuses_20170130 ON public.statuses USING btree (account_id, id);
ALTER TABLE ONLY public.statuses ADD CONSTRAINT fk_9bda1543f7 FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE;

CREATE TABLE public.follows (
    id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    account_id integer NOT NULL,
    target_account_id integer NOT NULL
);
CREATE SEQUENCE public.follows_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.follows_id_seq OWNED BY public.follows.id;
ALTER TABLE ONLY public.follows ALTER COLUMN id SET DEFAULT nextval('public.follows_id_seq'::regclass);
ALTER TABLE ONLY public.follows ADD CONSTRAINT follows_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_follows_on_account_id_and_target_account_id ON public.follows USING btree (account_id, target_account_id);
ALTER TABLE ONLY public.follows ADD CONSTRAINT fk_32ed1b5560 FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE;
ALTER TABLE ONLY public.follows ADD CONSTRAINT fk_745ca29eac FOREIGN KEY (target_account_id) REFERENCES public.accounts(id) ON DELETE CASCADE;

CREATE TABLE public.favourites (
    id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    account_id integer NOT NULL,
    status_id bigint NOT NULL
);
CREATE SEQUENCE public.favourites_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.favourites_id_seq OWNED BY public.favourites.id;
ALTER TABLE ONLY public.favourites ALTER COLUMN id SET DEFAULT nextval('public.favourites_id_seq'::regclass);
ALTER TABLE ONLY public.favourites ADD CONSTRAINT favourites_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_favourites_on_account_id_and_status_id ON public.favourites USING btree (account_id, status_id);
CREATE INDEX index_favourites_on_account_id_and_id ON public.favourites USING btree (account_id, id);
CREATE INDEX index_favourites_on_status_id ON public.favourites USING btree (status_id);
ALTER TABLE ONLY public.favourites ADD CONSTRAINT fk_5eb6c2b873 FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE;
ALTER TABLE ONLY public.favourites ADD CONSTRAINT fk_b0e856845e FOREIGN KEY (status_id) REFERENCES public.statuses(id) ON DELETE CASCADE;

INSERT INTO public.accounts (username, domain, display_name, created_at, updated_at)
SELECT 'user' || i, CASE WHEN i % 3 = 0 THEN 'remote' || (i % 7) || '.example' END, 'User ' || i, now(), now()
FROM generate_series(1, 200) AS i;
INSERT INTO public.statuses (account_id, text, created_at, updated_at)
SELECT 1 + (i % 200), 'toot ' || i, now(), now() FROM generate_series(1, 1000) AS i;
INSERT INTO public.follows (account_id, target_account_id, created_at, updated_at)
SELECT a, 1 + ((a + k * 37) % 200), now(), now() FROM generate_series(1, 200) AS a, generate_series(1, 5) AS k;
INSERT INTO public.favourites (account_id, status_id, created_at, updated_at)
SELECT 1 + (i % 200), 1 + ((i * 7) % 1000), now(), now() FROM generate_series(1, 800) AS i;
