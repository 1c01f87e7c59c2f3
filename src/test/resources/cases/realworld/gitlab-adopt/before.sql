-- GitLab (db/structure.sql style): text columns limited by char_length CHECKs named check_<hash>, jsonb and
-- array defaults, pg_trgm gin indexes, partial indexes over ANY (ARRAY[...]), composite (id, partition_id) keys
-- with ON UPDATE CASCADE foreign keys, schemas with comments, and statement triggers (with their function) that
-- the YAML does not describe. The partitioned loose_foreign_keys_deleted_records is in gitlab-partitions-adopt.
SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;

CREATE SCHEMA gitlab_partitions_dynamic;
COMMENT ON SCHEMA gitlab_partitions_dynamic IS 'Schema to hold partitions managed dynamically from the application, e.g. for time space partitioning.';
CREATE SCHEMA gitlab_partitions_static;
COMMENT ON SCHEMA gitlab_partitions_static IS 'Schema to hold static partitions, e.g. for hash partitioning';

CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE FUNCTION public.insert_into_loose_foreign_keys_deleted_records() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  INSERT INTO loose_foreign_keys_deleted_records
  (fully_qualified_table_name, primary_key_value)
  SELECT current_schema() || '.' || TG_TABLE_NAME, old_table.id FROM old_table;

  RETURN NULL;
END
$$;

CREATE TABLE public.application_settings (
    id integer NOT NULL,
    default_projects_limit integer,
    signup_enabled boolean,
    home_page_url character varying,
    default_branch_protection integer DEFAULT 2,
    restricted_visibility_levels text,
    max_attachment_size integer DEFAULT 100 NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    ci_cd_settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    valid_runner_registrars character varying[] DEFAULT '{project,group}'::character varying[],
    outbound_local_requests_whitelist character varying(255)[] DEFAULT '{}'::character varying[] NOT NULL,
    domain_denylist text,
    default_branch_name text,
    diff_max_patch_bytes integer DEFAULT 204800 NOT NULL,
    repository_storages_weighted jsonb DEFAULT '{}'::jsonb NOT NULL,
    rate_limits jsonb DEFAULT '{}'::jsonb NOT NULL,
    search_rate_limit integer DEFAULT 30 NOT NULL,
    sentry_clientside_traces_sample_rate double precision DEFAULT 0.0 NOT NULL,
    database_grafana_tag text,
    CONSTRAINT app_settings_max_attachment_size_positive CHECK ((max_attachment_size > 0)),
    CONSTRAINT check_57123c9593 CHECK ((char_length(default_branch_name) <= 255)),
    CONSTRAINT check_application_settings_rate_limits_is_hash CHECK ((jsonb_typeof(rate_limits) = 'object'::text)),
    CONSTRAINT check_b8c74ea5b3 CHECK ((char_length(database_grafana_tag) <= 255))
);

CREATE SEQUENCE public.application_settings_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.application_settings_id_seq OWNED BY public.application_settings.id;

CREATE TABLE public.namespaces (
    id integer NOT NULL,
    name character varying NOT NULL,
    path character varying NOT NULL,
    owner_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    type character varying DEFAULT 'User'::character varying NOT NULL,
    description character varying DEFAULT ''::character varying NOT NULL,
    parent_id integer,
    shared_runners_enabled boolean DEFAULT true NOT NULL,
    traversal_ids integer[] DEFAULT '{}'::integer[] NOT NULL,
    organization_id bigint DEFAULT 1,
    state smallint
);

CREATE SEQUENCE public.namespaces_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.namespaces_id_seq OWNED BY public.namespaces.id;

CREATE TABLE public.projects (
    id integer NOT NULL,
    name character varying,
    path character varying,
    description text,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    creator_id integer,
    namespace_id integer NOT NULL,
    last_activity_at timestamp without time zone,
    import_url character varying,
    visibility_level integer DEFAULT 0 NOT NULL,
    archived boolean DEFAULT false NOT NULL,
    star_count integer DEFAULT 0 NOT NULL,
    repository_storage character varying DEFAULT 'default'::character varying NOT NULL,
    pending_delete boolean DEFAULT false,
    build_timeout integer DEFAULT 3600 NOT NULL,
    storage_version smallint,
    suggestion_commit_message character varying(255),
    project_namespace_id bigint,
    hidden boolean DEFAULT false NOT NULL,
    organization_id bigint
);

CREATE SEQUENCE public.projects_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.projects_id_seq OWNED BY public.projects.id;

CREATE TABLE public.user_details (
    user_id bigint NOT NULL,
    job_title character varying(200) DEFAULT ''::character varying NOT NULL,
    bio character varying(255) DEFAULT ''::character varying NOT NULL,
    webauthn_xid text,
    pronouns text,
    pronunciation text,
    registration_objective smallint,
    phone text,
    linkedin text DEFAULT ''::text NOT NULL,
    twitter text DEFAULT ''::text NOT NULL,
    website_url text DEFAULT ''::text NOT NULL,
    password_last_changed_at timestamp with time zone DEFAULT now() NOT NULL,
    onboarding_status jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT check_245664af82 CHECK ((char_length(webauthn_xid) <= 100)),
    CONSTRAINT check_466a25be35 CHECK ((char_length(twitter) <= 500)),
    CONSTRAINT check_4f51129940 CHECK ((char_length(pronunciation) <= 255)),
    CONSTRAINT check_7d6489f8f3 CHECK ((char_length(linkedin) <= 500)),
    CONSTRAINT check_a73b398c60 CHECK ((char_length(phone) <= 50)),
    CONSTRAINT check_b132136b01 CHECK ((char_length(pronouns) <= 50)),
    CONSTRAINT check_7b246dad73 CHECK ((char_length(website_url) <= 500))
);

CREATE TABLE public.ci_pipelines (
    id bigint NOT NULL,
    ref character varying,
    sha character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    tag boolean DEFAULT false,
    project_id integer,
    status character varying,
    source integer,
    partition_id bigint NOT NULL,
    auto_canceled_by_partition_id bigint DEFAULT 100 NOT NULL,
    lock_version integer DEFAULT 0,
    CONSTRAINT check_d7e99a025e CHECK ((lock_version IS NOT NULL))
);

CREATE SEQUENCE public.ci_pipelines_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.ci_pipelines_id_seq OWNED BY public.ci_pipelines.id;

CREATE TABLE public.ci_pipeline_variables (
    key character varying NOT NULL,
    value text,
    encrypted_value text,
    encrypted_value_salt character varying,
    encrypted_value_iv character varying,
    variable_type smallint DEFAULT 1 NOT NULL,
    partition_id bigint NOT NULL,
    raw boolean DEFAULT false NOT NULL,
    id bigint NOT NULL,
    pipeline_id bigint NOT NULL,
    project_id bigint
);

CREATE SEQUENCE public.ci_pipeline_variables_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.ci_pipeline_variables_id_seq OWNED BY public.ci_pipeline_variables.id;

ALTER TABLE ONLY public.application_settings ALTER COLUMN id SET DEFAULT nextval('public.application_settings_id_seq'::regclass);
ALTER TABLE ONLY public.namespaces ALTER COLUMN id SET DEFAULT nextval('public.namespaces_id_seq'::regclass);
ALTER TABLE ONLY public.projects ALTER COLUMN id SET DEFAULT nextval('public.projects_id_seq'::regclass);
ALTER TABLE ONLY public.ci_pipelines ALTER COLUMN id SET DEFAULT nextval('public.ci_pipelines_id_seq'::regclass);
ALTER TABLE ONLY public.ci_pipeline_variables ALTER COLUMN id SET DEFAULT nextval('public.ci_pipeline_variables_id_seq'::regclass);

ALTER TABLE ONLY public.application_settings
    ADD CONSTRAINT application_settings_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.namespaces
    ADD CONSTRAINT namespaces_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.projects
    ADD CONSTRAINT projects_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.user_details
    ADD CONSTRAINT user_details_pkey PRIMARY KEY (user_id);
ALTER TABLE ONLY public.ci_pipelines
    ADD CONSTRAINT ci_pipelines_pkey PRIMARY KEY (id, partition_id);
ALTER TABLE ONLY public.ci_pipeline_variables
    ADD CONSTRAINT ci_pipeline_variables_pkey PRIMARY KEY (id, partition_id);

CREATE INDEX index_namespaces_name_parent_id_type ON public.namespaces USING btree (name, parent_id, type);
CREATE INDEX index_namespaces_on_name_trigram ON public.namespaces USING gin (name public.gin_trgm_ops);
CREATE UNIQUE INDEX index_namespaces_on_parent_id_and_id ON public.namespaces USING btree (parent_id, id);
CREATE INDEX index_namespaces_on_path_trigram ON public.namespaces USING gin (path public.gin_trgm_ops);
CREATE INDEX index_namespaces_on_traversal_ids_for_groups ON public.namespaces USING gin (traversal_ids) WHERE ((type)::text = 'Group'::text);
CREATE INDEX index_namespaces_on_type_and_id ON public.namespaces USING btree (type, id);
CREATE UNIQUE INDEX index_on_namespaces_lower_path ON public.namespaces USING btree (lower((path)::text)) WHERE (parent_id IS NULL);
CREATE INDEX index_projects_api_created_at_id_desc ON public.projects USING btree (created_at, id DESC);
CREATE INDEX index_projects_on_description_trigram ON public.projects USING gin (description public.gin_trgm_ops);
CREATE INDEX index_projects_on_id_partial_for_visibility ON public.projects USING btree (id) WHERE (visibility_level = ANY (ARRAY[10, 20]));
CREATE INDEX index_projects_on_last_activity_at_and_id ON public.projects USING btree (last_activity_at, id);
CREATE INDEX index_projects_on_lower_name ON public.projects USING btree (lower((name)::text));
CREATE INDEX index_projects_on_name_trigram ON public.projects USING gin (name public.gin_trgm_ops);
CREATE INDEX index_projects_on_namespace_id_and_id ON public.projects USING btree (namespace_id, id);
CREATE INDEX index_projects_on_path_trigram ON public.projects USING gin (path public.gin_trgm_ops);
CREATE UNIQUE INDEX index_projects_on_project_namespace_id ON public.projects USING btree (project_namespace_id);
CREATE INDEX index_projects_on_repository_storage ON public.projects USING btree (repository_storage);
CREATE INDEX index_projects_on_star_count ON public.projects USING btree (star_count);
CREATE INDEX idx_projects_on_repository_storage_last_repository_updated_at ON public.projects USING btree (id, repository_storage, last_activity_at);
CREATE INDEX index_ci_pipelines_on_project_id_and_ref_and_status_and_id ON public.ci_pipelines USING btree (project_id, ref, status, id);
CREATE INDEX index_ci_pipelines_on_project_id_and_id_desc ON public.ci_pipelines USING btree (project_id, id DESC);
CREATE INDEX index_ci_pipelines_on_status_and_id ON public.ci_pipelines USING btree (status, id);
CREATE UNIQUE INDEX index_ci_pipeline_variables_on_pipeline_id_and_key ON public.ci_pipeline_variables USING btree (pipeline_id, key);

ALTER TABLE ONLY public.projects
    ADD CONSTRAINT fk_6e5c14658a FOREIGN KEY (project_namespace_id) REFERENCES public.namespaces(id) ON DELETE CASCADE;
ALTER TABLE ONLY public.namespaces
    ADD CONSTRAINT fk_7f813d8c90 FOREIGN KEY (parent_id) REFERENCES public.namespaces(id) ON DELETE RESTRICT;
ALTER TABLE ONLY public.ci_pipelines
    ADD CONSTRAINT fk_86635dbd80 FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;
ALTER TABLE ONLY public.ci_pipeline_variables
    ADD CONSTRAINT fk_rails_8d3b04e3e1 FOREIGN KEY (pipeline_id, partition_id) REFERENCES public.ci_pipelines(id, partition_id) ON UPDATE CASCADE ON DELETE CASCADE;

CREATE TRIGGER namespaces_loose_fk_trigger AFTER DELETE ON public.namespaces REFERENCING OLD TABLE AS old_table FOR EACH STATEMENT EXECUTE FUNCTION public.insert_into_loose_foreign_keys_deleted_records();
CREATE TRIGGER projects_loose_fk_trigger AFTER DELETE ON public.projects REFERENCING OLD TABLE AS old_table FOR EACH STATEMENT EXECUTE FUNCTION public.insert_into_loose_foreign_keys_deleted_records();

SELECT pg_catalog.set_config('search_path', 'public', false);
