-- Discourse-style tables with a plugin's additions: hstore and citext extensions, inet and inet[] columns,
-- interval and double precision defaults, text[] DEFAULT ARRAY[]::text[], a tsvector search table with a gin
-- index, uuid_generate_v4() from uuid-ossp in public, varchar_pattern_ops, and unique indexes restricted to
-- rows that are not deleted.
CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA public;

CREATE TABLE public.users (
    id integer NOT NULL,
    username character varying(60) NOT NULL,
    username_lower character varying(60) NOT NULL,
    name character varying,
    email public.citext,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    active boolean DEFAULT false NOT NULL,
    trust_level integer NOT NULL,
    ip_address inet,
    registration_ip_address inet,
    allowed_ips inet[],
    primary_group_id integer,
    locale character varying(10),
    time_read interval DEFAULT '00:00:00'::interval NOT NULL,
    custom_fields public.hstore DEFAULT ''::public.hstore NOT NULL
);
CREATE SEQUENCE public.users_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;
ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);
ALTER TABLE ONLY public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_users_on_username_lower ON public.users USING btree (username_lower);
CREATE INDEX index_users_on_username_lower_pattern ON public.users USING btree (username_lower varchar_pattern_ops);
CREATE UNIQUE INDEX index_users_on_email ON public.users USING btree (email);

CREATE TABLE public.topics (
    id integer NOT NULL,
    title character varying NOT NULL,
    uuid uuid DEFAULT public.uuid_generate_v4() NOT NULL,
    last_posted_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    views integer DEFAULT 0 NOT NULL,
    posts_count integer DEFAULT 0 NOT NULL,
    user_id integer,
    archetype character varying DEFAULT 'regular'::character varying NOT NULL,
    deleted_at timestamp without time zone,
    category_id integer,
    slug character varying,
    score double precision,
    percent_rank double precision DEFAULT 1.0 NOT NULL,
    tags text[] DEFAULT ARRAY[]::text[] NOT NULL,
    excerpt character varying,
    CONSTRAINT pm_has_no_category CHECK (((category_id IS NULL) OR ((archetype)::text <> 'private_message'::text)))
);
CREATE SEQUENCE public.topics_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.topics_id_seq OWNED BY public.topics.id;
ALTER TABLE ONLY public.topics ALTER COLUMN id SET DEFAULT nextval('public.topics_id_seq'::regclass);
ALTER TABLE ONLY public.topics ADD CONSTRAINT forum_threads_pkey PRIMARY KEY (id);
CREATE INDEX idx_topics_front_page ON public.topics USING btree (deleted_at, archetype, category_id, id);
CREATE INDEX idx_topics_user_id_deleted_at ON public.topics USING btree (user_id) WHERE (deleted_at IS NULL);
CREATE UNIQUE INDEX index_topics_on_uuid ON public.topics USING btree (uuid);
CREATE INDEX index_topics_on_bumped_at_public ON public.topics USING btree (last_posted_at) WHERE ((deleted_at IS NULL) AND ((archetype)::text <> 'private_message'::text));
CREATE INDEX index_topics_on_tags ON public.topics USING gin (tags);
CREATE INDEX index_topics_on_lower_title ON public.topics USING btree (lower((title)::text));

CREATE TABLE public.topic_search_data (
    topic_id integer NOT NULL,
    raw_data text,
    locale character varying NOT NULL,
    search_data tsvector,
    version integer DEFAULT 0
);
ALTER TABLE ONLY public.topic_search_data ADD CONSTRAINT topic_search_data_pkey PRIMARY KEY (topic_id);
CREATE INDEX idx_search_topic ON public.topic_search_data USING gin (search_data);
