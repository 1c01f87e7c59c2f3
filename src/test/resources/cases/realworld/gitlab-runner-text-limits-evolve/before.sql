-- GitLab 16.11's ci_runners (db/structure.sql, trimmed to the columns of the table of that time) before
-- db/post_migrate/20240503124159_add_text_limit_on_runner_name.rb and 20240503124219_add_text_limit_on_runner_description.rb:
-- add_text_limit(..., validate: false) adds CHECK (char_length(...) <= n) NOT VALID, named check_ + the first ten hex
-- digits of sha256("ci_runners_<column>_check_max_length"). New and updated rows must pass; the rows already there
-- (some runners registered with longer names and descriptions) are fixed by a data migration before a later
-- release validates the checks.
CREATE TABLE public.ci_runners (
    id bigint NOT NULL,
    token character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    description character varying,
    contacted_at timestamp without time zone,
    active boolean DEFAULT true NOT NULL,
    name character varying,
    version character varying,
    revision character varying,
    platform character varying,
    architecture character varying,
    run_untagged boolean DEFAULT true NOT NULL,
    locked boolean DEFAULT false NOT NULL,
    access_level integer DEFAULT 0 NOT NULL,
    ip_address character varying,
    maximum_timeout integer,
    runner_type smallint NOT NULL,
    token_encrypted character varying,
    public_projects_minutes_cost_factor double precision DEFAULT 1.0 NOT NULL,
    private_projects_minutes_cost_factor double precision DEFAULT 1.0 NOT NULL,
    config jsonb DEFAULT '{}'::jsonb NOT NULL,
    executor_type smallint,
    maintainer_note text,
    token_expires_at timestamp with time zone,
    allowed_plans text[] DEFAULT '{}'::text[] NOT NULL,
    registration_type smallint DEFAULT 0 NOT NULL,
    creator_id bigint,
    creation_state smallint DEFAULT 0 NOT NULL,
    CONSTRAINT check_ce275cee06 CHECK ((char_length(maintainer_note) <= 1024))
);
CREATE SEQUENCE public.ci_runners_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.ci_runners_id_seq OWNED BY public.ci_runners.id;
ALTER TABLE ONLY public.ci_runners ALTER COLUMN id SET DEFAULT nextval('public.ci_runners_id_seq'::regclass);
ALTER TABLE ONLY public.ci_runners ADD CONSTRAINT ci_runners_pkey PRIMARY KEY (id);
CREATE INDEX index_ci_runners_on_contacted_at_and_id_desc ON public.ci_runners USING btree (contacted_at, id DESC);
CREATE INDEX index_ci_runners_on_creator_id_where_creator_id_not_null ON public.ci_runners USING btree (creator_id) WHERE (creator_id IS NOT NULL);
CREATE INDEX index_ci_runners_on_locked ON public.ci_runners USING btree (locked);
CREATE INDEX index_ci_runners_on_runner_type_and_id ON public.ci_runners USING btree (runner_type, id);
CREATE UNIQUE INDEX index_ci_runners_on_token_encrypted ON public.ci_runners USING btree (token_encrypted);

INSERT INTO public.ci_runners (created_at, updated_at, description, contacted_at, name, version, platform, architecture,
                               runner_type, token_encrypted, executor_type, registration_type)
SELECT now() - i * interval '1 day', now(), 'shared runner ' || i, now() - i * interval '1 minute', 'gitlab-runner',
       '16.11.' || (i % 3), 'linux', CASE WHEN i % 4 = 0 THEN 'arm64' ELSE 'amd64' END, 1 + i % 3,
       'enc-' || md5(i::text), i % 5, i % 2
FROM generate_series(1, 300) AS i;
-- runners registered with a name or description longer than the new limits
UPDATE public.ci_runners SET name = repeat('build-host-', 30) WHERE id % 100 = 0;
UPDATE public.ci_runners SET description = repeat('Runner for the monorepo pipelines. ', 40) WHERE id % 75 = 0;
