-- create schema gitlab_partitions_dynamic: create
CREATE SCHEMA "gitlab_partitions_dynamic";
COMMENT ON SCHEMA "gitlab_partitions_dynamic" IS 'Schema to hold partitions managed dynamically from the application, e.g. for time space partitioning.';
-- create schema gitlab_partitions_static: create
CREATE SCHEMA "gitlab_partitions_static";
COMMENT ON SCHEMA "gitlab_partitions_static" IS 'Schema to hold static partitions, e.g. for hash partitioning';
-- create extension public.btree_gist: create
CREATE EXTENSION IF NOT EXISTS "btree_gist" WITH SCHEMA "public";
-- create extension public.pg_trgm: create
CREATE EXTENSION IF NOT EXISTS "pg_trgm" WITH SCHEMA "public";
-- create table public.application_settings: create (20 columns)
CREATE TABLE "public"."application_settings" (
    "id" serial,
    "default_projects_limit" integer,
    "signup_enabled" boolean,
    "home_page_url" character varying,
    "default_branch_protection" integer DEFAULT (2),
    "restricted_visibility_levels" text,
    "max_attachment_size" integer DEFAULT (100) NOT NULL,
    "created_at" timestamp without time zone,
    "updated_at" timestamp without time zone,
    "ci_cd_settings" jsonb DEFAULT ('{}') NOT NULL,
    "valid_runner_registrars" character varying[] DEFAULT ('{project,group}'),
    "outbound_local_requests_whitelist" character varying(255)[] DEFAULT ('{}') NOT NULL,
    "domain_denylist" text,
    "default_branch_name" text,
    "diff_max_patch_bytes" integer DEFAULT (204800) NOT NULL,
    "repository_storages_weighted" jsonb DEFAULT ('{}') NOT NULL,
    "rate_limits" jsonb DEFAULT ('{}') NOT NULL,
    "search_rate_limit" integer DEFAULT (30) NOT NULL,
    "sentry_clientside_traces_sample_rate" double precision DEFAULT (0.0) NOT NULL,
    "database_grafana_tag" text,
    CONSTRAINT "application_settings_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "app_settings_max_attachment_size_positive" CHECK (max_attachment_size > 0),
    CONSTRAINT "check_57123c9593" CHECK (char_length(default_branch_name) <= 255),
    CONSTRAINT "check_application_settings_rate_limits_is_hash" CHECK (jsonb_typeof(rate_limits) = 'object'),
    CONSTRAINT "check_b8c74ea5b3" CHECK (char_length(database_grafana_tag) <= 255)
);
-- create table public.ci_pipeline_variables: create (11 columns)
CREATE TABLE "public"."ci_pipeline_variables" (
    "key" character varying NOT NULL,
    "value" text,
    "encrypted_value" text,
    "encrypted_value_salt" character varying,
    "encrypted_value_iv" character varying,
    "variable_type" smallint DEFAULT (1) NOT NULL,
    "partition_id" bigint NOT NULL,
    "raw" boolean DEFAULT (false) NOT NULL,
    "id" bigserial,
    "pipeline_id" bigint NOT NULL,
    "project_id" bigint,
    CONSTRAINT "ci_pipeline_variables_pkey" PRIMARY KEY ("id", "partition_id")
);
-- create table public.ci_pipelines: create (12 columns)
CREATE TABLE "public"."ci_pipelines" (
    "id" bigserial,
    "ref" character varying,
    "sha" character varying,
    "created_at" timestamp without time zone,
    "updated_at" timestamp without time zone,
    "tag" boolean DEFAULT (false),
    "project_id" integer,
    "status" character varying,
    "source" integer,
    "partition_id" bigint NOT NULL,
    "auto_canceled_by_partition_id" bigint DEFAULT (100) NOT NULL,
    "lock_version" integer DEFAULT (0),
    CONSTRAINT "ci_pipelines_pkey" PRIMARY KEY ("id", "partition_id"),
    CONSTRAINT "check_d7e99a025e" CHECK (lock_version IS NOT NULL)
);
-- create table public.namespaces: create (13 columns)
CREATE TABLE "public"."namespaces" (
    "id" serial,
    "name" character varying NOT NULL,
    "path" character varying NOT NULL,
    "owner_id" integer,
    "created_at" timestamp without time zone,
    "updated_at" timestamp without time zone,
    "type" character varying DEFAULT ('User') NOT NULL,
    "description" character varying DEFAULT ('') NOT NULL,
    "parent_id" integer,
    "shared_runners_enabled" boolean DEFAULT (true) NOT NULL,
    "traversal_ids" integer[] DEFAULT ('{}') NOT NULL,
    "organization_id" bigint DEFAULT (1),
    "state" smallint,
    CONSTRAINT "namespaces_pkey" PRIMARY KEY ("id")
);
-- create table public.projects: create (21 columns)
CREATE TABLE "public"."projects" (
    "id" serial,
    "name" character varying,
    "path" character varying,
    "description" text,
    "created_at" timestamp without time zone,
    "updated_at" timestamp without time zone,
    "creator_id" integer,
    "namespace_id" integer NOT NULL,
    "last_activity_at" timestamp without time zone,
    "import_url" character varying,
    "visibility_level" integer DEFAULT (0) NOT NULL,
    "archived" boolean DEFAULT (false) NOT NULL,
    "star_count" integer DEFAULT (0) NOT NULL,
    "repository_storage" character varying DEFAULT ('default') NOT NULL,
    "pending_delete" boolean DEFAULT (false),
    "build_timeout" integer DEFAULT (3600) NOT NULL,
    "storage_version" smallint,
    "suggestion_commit_message" character varying(255),
    "project_namespace_id" bigint,
    "hidden" boolean DEFAULT (false) NOT NULL,
    "organization_id" bigint,
    CONSTRAINT "projects_pkey" PRIMARY KEY ("id")
);
-- create table public.user_details: create (13 columns)
CREATE TABLE "public"."user_details" (
    "user_id" bigint NOT NULL,
    "job_title" character varying(200) DEFAULT ('') NOT NULL,
    "bio" character varying(255) DEFAULT ('') NOT NULL,
    "webauthn_xid" text,
    "pronouns" text,
    "pronunciation" text,
    "registration_objective" smallint,
    "phone" text,
    "linkedin" text DEFAULT ('') NOT NULL,
    "twitter" text DEFAULT ('') NOT NULL,
    "website_url" text DEFAULT ('') NOT NULL,
    "password_last_changed_at" timestamp with time zone DEFAULT (now()) NOT NULL,
    "onboarding_status" jsonb DEFAULT ('{}') NOT NULL,
    CONSTRAINT "user_details_pkey" PRIMARY KEY ("user_id"),
    CONSTRAINT "check_245664af82" CHECK (char_length(webauthn_xid) <= 100),
    CONSTRAINT "check_466a25be35" CHECK (char_length(twitter) <= 500),
    CONSTRAINT "check_4f51129940" CHECK (char_length(pronunciation) <= 255),
    CONSTRAINT "check_7b246dad73" CHECK (char_length(website_url) <= 500),
    CONSTRAINT "check_7d6489f8f3" CHECK (char_length(linkedin) <= 500),
    CONSTRAINT "check_a73b398c60" CHECK (char_length(phone) <= 50),
    CONSTRAINT "check_b132136b01" CHECK (char_length(pronouns) <= 50)
);
-- create index public.ci_pipeline_variables.index_ci_pipeline_variables_on_pipeline_id_and_key: create (unique)
CREATE UNIQUE INDEX "index_ci_pipeline_variables_on_pipeline_id_and_key" ON "public"."ci_pipeline_variables" USING "btree" ("pipeline_id", "key");
-- create index public.ci_pipelines.index_ci_pipelines_on_project_id_and_id_desc: create
CREATE INDEX "index_ci_pipelines_on_project_id_and_id_desc" ON "public"."ci_pipelines" USING "btree" ("project_id", "id" DESC);
-- create index public.ci_pipelines.index_ci_pipelines_on_project_id_and_ref_and_status_and_id: create
CREATE INDEX "index_ci_pipelines_on_project_id_and_ref_and_status_and_id" ON "public"."ci_pipelines" USING "btree" ("project_id", "ref", "status", "id");
-- create index public.ci_pipelines.index_ci_pipelines_on_status_and_id: create
CREATE INDEX "index_ci_pipelines_on_status_and_id" ON "public"."ci_pipelines" USING "btree" ("status", "id");
-- create index public.namespaces.index_namespaces_name_parent_id_type: create
CREATE INDEX "index_namespaces_name_parent_id_type" ON "public"."namespaces" USING "btree" ("name", "parent_id", "type");
-- create index public.namespaces.index_namespaces_on_name_trigram: create (using gin)
CREATE INDEX "index_namespaces_on_name_trigram" ON "public"."namespaces" USING "gin" ("name" "gin_trgm_ops");
-- create index public.namespaces.index_namespaces_on_parent_id_and_id: create (unique)
CREATE UNIQUE INDEX "index_namespaces_on_parent_id_and_id" ON "public"."namespaces" USING "btree" ("parent_id", "id");
-- create index public.namespaces.index_namespaces_on_path_trigram: create (using gin)
CREATE INDEX "index_namespaces_on_path_trigram" ON "public"."namespaces" USING "gin" ("path" "gin_trgm_ops");
-- create index public.namespaces.index_namespaces_on_traversal_ids_for_groups: create (using gin)
CREATE INDEX "index_namespaces_on_traversal_ids_for_groups" ON "public"."namespaces" USING "gin" ("traversal_ids") WHERE (type = 'Group');
-- create index public.namespaces.index_namespaces_on_type_and_id: create
CREATE INDEX "index_namespaces_on_type_and_id" ON "public"."namespaces" USING "btree" ("type", "id");
-- create index public.namespaces.index_on_namespaces_lower_path: create (unique)
CREATE UNIQUE INDEX "index_on_namespaces_lower_path" ON "public"."namespaces" USING "btree" ((lower(path))) WHERE (parent_id IS NULL);
-- create index public.projects.idx_projects_on_repository_storage_last_repository_updated_at: create
CREATE INDEX "idx_projects_on_repository_storage_last_repository_updated_at" ON "public"."projects" USING "btree" ("id", "repository_storage", "last_activity_at");
-- create index public.projects.index_projects_api_created_at_id_desc: create
CREATE INDEX "index_projects_api_created_at_id_desc" ON "public"."projects" USING "btree" ("created_at", "id" DESC);
-- create index public.projects.index_projects_on_description_trigram: create (using gin)
CREATE INDEX "index_projects_on_description_trigram" ON "public"."projects" USING "gin" ("description" "gin_trgm_ops");
-- create index public.projects.index_projects_on_id_partial_for_visibility: create
CREATE INDEX "index_projects_on_id_partial_for_visibility" ON "public"."projects" USING "btree" ("id") WHERE (visibility_level IN (10, 20));
-- create index public.projects.index_projects_on_last_activity_at_and_id: create
CREATE INDEX "index_projects_on_last_activity_at_and_id" ON "public"."projects" USING "btree" ("last_activity_at", "id");
-- create index public.projects.index_projects_on_lower_name: create
CREATE INDEX "index_projects_on_lower_name" ON "public"."projects" USING "btree" ((lower(name)));
-- create index public.projects.index_projects_on_name_trigram: create (using gin)
CREATE INDEX "index_projects_on_name_trigram" ON "public"."projects" USING "gin" ("name" "gin_trgm_ops");
-- create index public.projects.index_projects_on_namespace_id_and_id: create
CREATE INDEX "index_projects_on_namespace_id_and_id" ON "public"."projects" USING "btree" ("namespace_id", "id");
-- create index public.projects.index_projects_on_path_trigram: create (using gin)
CREATE INDEX "index_projects_on_path_trigram" ON "public"."projects" USING "gin" ("path" "gin_trgm_ops");
-- create index public.projects.index_projects_on_project_namespace_id: create (unique)
CREATE UNIQUE INDEX "index_projects_on_project_namespace_id" ON "public"."projects" USING "btree" ("project_namespace_id");
-- create index public.projects.index_projects_on_repository_storage: create
CREATE INDEX "index_projects_on_repository_storage" ON "public"."projects" USING "btree" ("repository_storage");
-- create index public.projects.index_projects_on_star_count: create
CREATE INDEX "index_projects_on_star_count" ON "public"."projects" USING "btree" ("star_count");
-- create constraint public.ci_pipeline_variables.fk_rails_8d3b04e3e1: add foreign key (pipeline_id, partition_id) → public.ci_pipelines(id, partition_id)
ALTER TABLE "public"."ci_pipeline_variables" ADD CONSTRAINT "fk_rails_8d3b04e3e1" FOREIGN KEY ("pipeline_id", "partition_id") REFERENCES "public"."ci_pipelines" ("id", "partition_id") ON UPDATE CASCADE ON DELETE CASCADE;
-- create constraint public.ci_pipelines.fk_86635dbd80: add foreign key (project_id) → public.projects(id)
ALTER TABLE "public"."ci_pipelines" ADD CONSTRAINT "fk_86635dbd80" FOREIGN KEY ("project_id") REFERENCES "public"."projects" ("id") ON DELETE CASCADE;
-- create constraint public.namespaces.fk_7f813d8c90: add foreign key (parent_id) → public.namespaces(id)
ALTER TABLE "public"."namespaces" ADD CONSTRAINT "fk_7f813d8c90" FOREIGN KEY ("parent_id") REFERENCES "public"."namespaces" ("id") ON DELETE RESTRICT;
-- create constraint public.projects.fk_6e5c14658a: add foreign key (project_namespace_id) → public.namespaces(id)
ALTER TABLE "public"."projects" ADD CONSTRAINT "fk_6e5c14658a" FOREIGN KEY ("project_namespace_id") REFERENCES "public"."namespaces" ("id") ON DELETE CASCADE;
