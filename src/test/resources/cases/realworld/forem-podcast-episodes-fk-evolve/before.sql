-- Forem (dev.to) in 2020, before its migrations AddMissingForeignKeysToPodcastEpisodes and
-- ValidateAddMissingForeignKeysToPodcastEpisodes: podcast_episodes.podcast_id had no foreign key. Forem adds it
-- `on_delete: :cascade, validate: false`, then validates it in a migration of its own, so that neither table is
-- blocked while the episodes are checked (an episode whose podcast is gone would fail the validation; here none
-- is). Trimmed to the two tables.
CREATE TABLE public.podcasts (
    id bigint NOT NULL,
    title character varying NOT NULL,
    slug character varying NOT NULL,
    feed_url character varying NOT NULL,
    image character varying NOT NULL,
    main_color_hex character varying NOT NULL,
    description text,
    published boolean DEFAULT false,
    reachable boolean DEFAULT true,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);
CREATE SEQUENCE public.podcasts_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.podcasts_id_seq OWNED BY public.podcasts.id;
ALTER TABLE ONLY public.podcasts ALTER COLUMN id SET DEFAULT nextval('public.podcasts_id_seq'::regclass);
ALTER TABLE ONLY public.podcasts ADD CONSTRAINT podcasts_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_podcasts_on_feed_url ON public.podcasts USING btree (feed_url);
CREATE UNIQUE INDEX index_podcasts_on_slug ON public.podcasts USING btree (slug);

CREATE TABLE public.podcast_episodes (
    id bigint NOT NULL,
    body text,
    comments_count integer DEFAULT 0 NOT NULL,
    created_at timestamp without time zone NOT NULL,
    duration_in_seconds integer,
    guid character varying NOT NULL,
    https boolean DEFAULT true,
    image character varying,
    itunes_url character varying,
    media_url character varying NOT NULL,
    podcast_id bigint NOT NULL,
    processed_html text,
    published_at timestamp without time zone,
    reachable boolean DEFAULT true,
    reactions_count integer DEFAULT 0 NOT NULL,
    slug character varying NOT NULL,
    subtitle character varying,
    summary text,
    title character varying NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    website_url character varying
);
CREATE SEQUENCE public.podcast_episodes_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.podcast_episodes_id_seq OWNED BY public.podcast_episodes.id;
ALTER TABLE ONLY public.podcast_episodes ALTER COLUMN id SET DEFAULT nextval('public.podcast_episodes_id_seq'::regclass);
ALTER TABLE ONLY public.podcast_episodes ADD CONSTRAINT podcast_episodes_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_podcast_episodes_on_guid ON public.podcast_episodes USING btree (guid);
CREATE UNIQUE INDEX index_podcast_episodes_on_media_url ON public.podcast_episodes USING btree (media_url);
CREATE INDEX index_podcast_episodes_on_podcast_id ON public.podcast_episodes USING btree (podcast_id);
CREATE INDEX index_podcast_episodes_on_published_at ON public.podcast_episodes USING btree (published_at);

INSERT INTO public.podcasts (title, slug, feed_url, image, main_color_hex, published, created_at, updated_at)
SELECT 'Podcast ' || i, 'podcast-' || i, 'https://feeds.example/' || i || '.xml', 'cover-' || i || '.png',
       lpad(to_hex(i * 40000), 6, '0'), i % 5 <> 0, now(), now()
FROM generate_series(1, 40) AS i;
INSERT INTO public.podcast_episodes (created_at, guid, media_url, podcast_id, published_at, slug, title, updated_at, duration_in_seconds)
SELECT now(), 'guid-' || i, 'https://media.example/' || i || '.mp3', 1 + i % 40, now() - i * interval '1 day',
       'episode-' || i, 'Episode ' || i, now(), 600 + (i * 37) % 3000
FROM generate_series(1, 900) AS i;
