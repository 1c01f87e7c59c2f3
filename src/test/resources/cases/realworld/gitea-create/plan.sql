-- create table public.access: create (4 columns)
CREATE TABLE "public"."access" (
    "id" bigserial,
    "user_id" bigint,
    "repo_id" bigint,
    "mode" integer,
    CONSTRAINT "access_pkey" PRIMARY KEY ("id")
);
-- create table public.issue: create (20 columns)
CREATE TABLE "public"."issue" (
    "id" bigserial,
    "repo_id" bigint,
    "index" bigint,
    "poster_id" bigint,
    "original_author" character varying(255),
    "original_author_id" bigint,
    "name" character varying(255),
    "content" text,
    "milestone_id" bigint,
    "priority" integer,
    "is_closed" boolean,
    "is_pull" boolean,
    "num_comments" integer,
    "ref" character varying(255),
    "pin_order" integer DEFAULT (0),
    "deadline_unix" bigint,
    "created_unix" bigint,
    "updated_unix" bigint,
    "closed_unix" bigint,
    "is_locked" boolean DEFAULT (false) NOT NULL,
    CONSTRAINT "issue_pkey" PRIMARY KEY ("id")
);
-- create table public.repository: create (34 columns)
CREATE TABLE "public"."repository" (
    "id" bigserial,
    "owner_id" bigint,
    "owner_name" character varying(255),
    "lower_name" character varying(255) NOT NULL,
    "name" character varying(255) NOT NULL,
    "description" text,
    "website" character varying(2048),
    "original_service_type" integer,
    "original_url" character varying(2048),
    "default_branch" character varying(255),
    "num_watches" integer,
    "num_stars" integer,
    "num_forks" integer,
    "num_issues" integer,
    "num_closed_issues" integer,
    "is_private" boolean,
    "is_empty" boolean,
    "is_archived" boolean,
    "is_mirror" boolean,
    "status" integer DEFAULT (0) NOT NULL,
    "is_fork" boolean DEFAULT (false) NOT NULL,
    "fork_id" bigint,
    "is_template" boolean DEFAULT (false) NOT NULL,
    "template_id" bigint,
    "size" bigint DEFAULT (0) NOT NULL,
    "is_fsck_enabled" boolean DEFAULT (true) NOT NULL,
    "close_issues_via_commit_in_any_branch" boolean DEFAULT (false) NOT NULL,
    "topics" text,
    "object_format_name" character varying(6) DEFAULT ('sha1') NOT NULL,
    "trust_model" integer,
    "avatar" character varying(64),
    "created_unix" bigint,
    "updated_unix" bigint,
    "archived_unix" bigint DEFAULT (0),
    CONSTRAINT "repository_pkey" PRIMARY KEY ("id")
);
-- create table public.star: create (4 columns)
CREATE TABLE "public"."star" (
    "id" bigserial,
    "uid" bigint,
    "repo_id" bigint,
    "created_unix" bigint,
    CONSTRAINT "star_pkey" PRIMARY KEY ("id")
);
-- create table public.user: create (46 columns)
CREATE TABLE "public"."user" (
    "id" bigserial,
    "lower_name" character varying(255) NOT NULL,
    "name" character varying(255) NOT NULL,
    "full_name" character varying(255),
    "email" character varying(255) NOT NULL,
    "keep_email_private" boolean,
    "email_notifications_preference" character varying(20) DEFAULT ('enabled') NOT NULL,
    "passwd" character varying(255) NOT NULL,
    "passwd_hash_algo" character varying(255) DEFAULT ('argon2') NOT NULL,
    "must_change_password" boolean DEFAULT (false) NOT NULL,
    "login_type" integer,
    "login_source" bigint DEFAULT (0) NOT NULL,
    "login_name" character varying(255),
    "type" integer,
    "location" character varying(255),
    "website" character varying(255),
    "rands" character varying(32),
    "salt" character varying(32),
    "language" character varying(5),
    "description" character varying(255),
    "created_unix" bigint,
    "updated_unix" bigint,
    "last_login_unix" bigint,
    "last_repo_visibility" boolean,
    "max_repo_creation" integer DEFAULT (-1) NOT NULL,
    "is_active" boolean,
    "is_admin" boolean,
    "is_restricted" boolean DEFAULT (false) NOT NULL,
    "allow_git_hook" boolean,
    "allow_import_local" boolean,
    "allow_create_organization" boolean DEFAULT (true),
    "prohibit_login" boolean DEFAULT (false) NOT NULL,
    "avatar" character varying(2048) NOT NULL,
    "avatar_email" character varying(255) NOT NULL,
    "use_custom_avatar" boolean,
    "num_followers" integer,
    "num_following" integer DEFAULT (0) NOT NULL,
    "num_stars" integer,
    "num_repos" integer,
    "num_teams" integer,
    "num_members" integer,
    "visibility" integer DEFAULT (0) NOT NULL,
    "repo_admin_change_team_access" boolean DEFAULT (false) NOT NULL,
    "diff_view_style" character varying(255) DEFAULT ('') NOT NULL,
    "theme" character varying(255) DEFAULT ('') NOT NULL,
    "keep_activity_private" boolean DEFAULT (false) NOT NULL,
    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);
-- create table public.version: create (2 columns)
CREATE TABLE "public"."version" (
    "id" bigserial,
    "version" bigint,
    CONSTRAINT "version_pkey" PRIMARY KEY ("id")
);
-- create index public.access.UQE_access_s: create (unique)
CREATE UNIQUE INDEX "UQE_access_s" ON "public"."access" USING "btree" ("user_id", "repo_id");
-- create index public.issue.IDX_issue_closed_unix: create
CREATE INDEX "IDX_issue_closed_unix" ON "public"."issue" USING "btree" ("closed_unix");
-- create index public.issue.IDX_issue_created_unix: create
CREATE INDEX "IDX_issue_created_unix" ON "public"."issue" USING "btree" ("created_unix");
-- create index public.issue.IDX_issue_deadline_unix: create
CREATE INDEX "IDX_issue_deadline_unix" ON "public"."issue" USING "btree" ("deadline_unix");
-- create index public.issue.IDX_issue_is_closed: create
CREATE INDEX "IDX_issue_is_closed" ON "public"."issue" USING "btree" ("is_closed");
-- create index public.issue.IDX_issue_is_pull: create
CREATE INDEX "IDX_issue_is_pull" ON "public"."issue" USING "btree" ("is_pull");
-- create index public.issue.IDX_issue_milestone_id: create
CREATE INDEX "IDX_issue_milestone_id" ON "public"."issue" USING "btree" ("milestone_id");
-- create index public.issue.IDX_issue_original_author_id: create
CREATE INDEX "IDX_issue_original_author_id" ON "public"."issue" USING "btree" ("original_author_id");
-- create index public.issue.IDX_issue_poster_id: create
CREATE INDEX "IDX_issue_poster_id" ON "public"."issue" USING "btree" ("poster_id");
-- create index public.issue.IDX_issue_repo_id: create
CREATE INDEX "IDX_issue_repo_id" ON "public"."issue" USING "btree" ("repo_id");
-- create index public.issue.IDX_issue_updated_unix: create
CREATE INDEX "IDX_issue_updated_unix" ON "public"."issue" USING "btree" ("updated_unix");
-- create index public.issue.UQE_issue_repo_index: create (unique)
CREATE UNIQUE INDEX "UQE_issue_repo_index" ON "public"."issue" USING "btree" ("repo_id", "index");
-- create index public.repository.IDX_repository_created_unix: create
CREATE INDEX "IDX_repository_created_unix" ON "public"."repository" USING "btree" ("created_unix");
-- create index public.repository.IDX_repository_fork_id: create
CREATE INDEX "IDX_repository_fork_id" ON "public"."repository" USING "btree" ("fork_id");
-- create index public.repository.IDX_repository_is_fork: create
CREATE INDEX "IDX_repository_is_fork" ON "public"."repository" USING "btree" ("is_fork");
-- create index public.repository.IDX_repository_is_private: create
CREATE INDEX "IDX_repository_is_private" ON "public"."repository" USING "btree" ("is_private");
-- create index public.repository.IDX_repository_lower_name: create
CREATE INDEX "IDX_repository_lower_name" ON "public"."repository" USING "btree" ("lower_name");
-- create index public.repository.IDX_repository_name: create
CREATE INDEX "IDX_repository_name" ON "public"."repository" USING "btree" ("name");
-- create index public.repository.IDX_repository_owner_id: create
CREATE INDEX "IDX_repository_owner_id" ON "public"."repository" USING "btree" ("owner_id");
-- create index public.repository.IDX_repository_updated_unix: create
CREATE INDEX "IDX_repository_updated_unix" ON "public"."repository" USING "btree" ("updated_unix");
-- create index public.repository.UQE_repository_s: create (unique)
CREATE UNIQUE INDEX "UQE_repository_s" ON "public"."repository" USING "btree" ("owner_id", "lower_name");
-- create index public.star.IDX_star_created_unix: create
CREATE INDEX "IDX_star_created_unix" ON "public"."star" USING "btree" ("created_unix");
-- create index public.star.UQE_star_s: create (unique)
CREATE UNIQUE INDEX "UQE_star_s" ON "public"."star" USING "btree" ("uid", "repo_id");
-- create index public.user.IDX_user_created_unix: create
CREATE INDEX "IDX_user_created_unix" ON "public"."user" USING "btree" ("created_unix");
-- create index public.user.IDX_user_is_active: create
CREATE INDEX "IDX_user_is_active" ON "public"."user" USING "btree" ("is_active");
-- create index public.user.IDX_user_last_login_unix: create
CREATE INDEX "IDX_user_last_login_unix" ON "public"."user" USING "btree" ("last_login_unix");
-- create index public.user.IDX_user_updated_unix: create
CREATE INDEX "IDX_user_updated_unix" ON "public"."user" USING "btree" ("updated_unix");
-- create index public.user.UQE_user_lower_name: create (unique)
CREATE UNIQUE INDEX "UQE_user_lower_name" ON "public"."user" USING "btree" ("lower_name");
-- create index public.user.UQE_user_name: create (unique)
CREATE UNIQUE INDEX "UQE_user_name" ON "public"."user" USING "btree" ("name");
