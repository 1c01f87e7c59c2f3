-- Gitea / Forgejo on PostgreSQL, as xorm's sync creates it: a table named "user", upper-case index names
-- (UQE_..., IDX_...) that must stay quoted, BIGSERIAL ids, unix-time bigints, BOOL DEFAULT false, VARCHAR(255)
-- DEFAULT '' and TEXT columns. No foreign keys: xorm does not make them.
CREATE TABLE IF NOT EXISTS "user" ("id" BIGSERIAL PRIMARY KEY  NOT NULL, "lower_name" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "full_name" VARCHAR(255) NULL, "email" VARCHAR(255) NOT NULL, "keep_email_private" BOOL NULL, "email_notifications_preference" VARCHAR(20) DEFAULT 'enabled' NOT NULL, "passwd" VARCHAR(255) NOT NULL, "passwd_hash_algo" VARCHAR(255) DEFAULT 'argon2' NOT NULL, "must_change_password" BOOL DEFAULT false NOT NULL, "login_type" INTEGER NULL, "login_source" BIGINT DEFAULT 0 NOT NULL, "login_name" VARCHAR(255) NULL, "type" INTEGER NULL, "location" VARCHAR(255) NULL, "website" VARCHAR(255) NULL, "rands" VARCHAR(32) NULL, "salt" VARCHAR(32) NULL, "language" VARCHAR(5) NULL, "description" VARCHAR(255) NULL, "created_unix" BIGINT NULL, "updated_unix" BIGINT NULL, "last_login_unix" BIGINT NULL, "last_repo_visibility" BOOL NULL, "max_repo_creation" INTEGER DEFAULT -1 NOT NULL, "is_active" BOOL NULL, "is_admin" BOOL NULL, "is_restricted" BOOL DEFAULT false NOT NULL, "allow_git_hook" BOOL NULL, "allow_import_local" BOOL NULL, "allow_create_organization" BOOL DEFAULT true NULL, "prohibit_login" BOOL DEFAULT false NOT NULL, "avatar" VARCHAR(2048) NOT NULL, "avatar_email" VARCHAR(255) NOT NULL, "use_custom_avatar" BOOL NULL, "num_followers" INTEGER NULL, "num_following" INTEGER DEFAULT 0 NOT NULL, "num_stars" INTEGER NULL, "num_repos" INTEGER NULL, "num_teams" INTEGER NULL, "num_members" INTEGER NULL, "visibility" INTEGER DEFAULT 0 NOT NULL, "repo_admin_change_team_access" BOOL DEFAULT false NOT NULL, "diff_view_style" VARCHAR(255) DEFAULT '' NOT NULL, "theme" VARCHAR(255) DEFAULT '' NOT NULL, "keep_activity_private" BOOL DEFAULT false NOT NULL);
CREATE UNIQUE INDEX "UQE_user_lower_name" ON "user" ("lower_name");
CREATE UNIQUE INDEX "UQE_user_name" ON "user" ("name");
CREATE INDEX "IDX_user_created_unix" ON "user" ("created_unix");
CREATE INDEX "IDX_user_updated_unix" ON "user" ("updated_unix");
CREATE INDEX "IDX_user_last_login_unix" ON "user" ("last_login_unix");
CREATE INDEX "IDX_user_is_active" ON "user" ("is_active");

CREATE TABLE IF NOT EXISTS "repository" ("id" BIGSERIAL PRIMARY KEY  NOT NULL, "owner_id" BIGINT NULL, "owner_name" VARCHAR(255) NULL, "lower_name" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "description" TEXT NULL, "website" VARCHAR(2048) NULL, "original_service_type" INTEGER NULL, "original_url" VARCHAR(2048) NULL, "default_branch" VARCHAR(255) NULL, "num_watches" INTEGER NULL, "num_stars" INTEGER NULL, "num_forks" INTEGER NULL, "num_issues" INTEGER NULL, "num_closed_issues" INTEGER NULL, "is_private" BOOL NULL, "is_empty" BOOL NULL, "is_archived" BOOL NULL, "is_mirror" BOOL NULL, "status" INTEGER DEFAULT 0 NOT NULL, "is_fork" BOOL DEFAULT false NOT NULL, "fork_id" BIGINT NULL, "is_template" BOOL DEFAULT false NOT NULL, "template_id" BIGINT NULL, "size" BIGINT DEFAULT 0 NOT NULL, "is_fsck_enabled" BOOL DEFAULT true NOT NULL, "close_issues_via_commit_in_any_branch" BOOL DEFAULT false NOT NULL, "topics" TEXT NULL, "object_format_name" VARCHAR(6) DEFAULT 'sha1' NOT NULL, "trust_model" INTEGER NULL, "avatar" VARCHAR(64) NULL, "created_unix" BIGINT NULL, "updated_unix" BIGINT NULL, "archived_unix" BIGINT DEFAULT 0 NULL);
CREATE UNIQUE INDEX "UQE_repository_s" ON "repository" ("owner_id","lower_name");
CREATE INDEX "IDX_repository_owner_id" ON "repository" ("owner_id");
CREATE INDEX "IDX_repository_lower_name" ON "repository" ("lower_name");
CREATE INDEX "IDX_repository_name" ON "repository" ("name");
CREATE INDEX "IDX_repository_is_private" ON "repository" ("is_private");
CREATE INDEX "IDX_repository_is_fork" ON "repository" ("is_fork");
CREATE INDEX "IDX_repository_fork_id" ON "repository" ("fork_id");
CREATE INDEX "IDX_repository_created_unix" ON "repository" ("created_unix");
CREATE INDEX "IDX_repository_updated_unix" ON "repository" ("updated_unix");

CREATE TABLE IF NOT EXISTS "access" ("id" BIGSERIAL PRIMARY KEY  NOT NULL, "user_id" BIGINT NULL, "repo_id" BIGINT NULL, "mode" INTEGER NULL);
CREATE UNIQUE INDEX "UQE_access_s" ON "access" ("user_id","repo_id");

CREATE TABLE IF NOT EXISTS "star" ("id" BIGSERIAL PRIMARY KEY  NOT NULL, "uid" BIGINT NULL, "repo_id" BIGINT NULL, "created_unix" BIGINT NULL);
CREATE UNIQUE INDEX "UQE_star_s" ON "star" ("uid","repo_id");
CREATE INDEX "IDX_star_created_unix" ON "star" ("created_unix");

CREATE TABLE IF NOT EXISTS "issue" ("id" BIGSERIAL PRIMARY KEY  NOT NULL, "repo_id" BIGINT NULL, "index" BIGINT NULL, "poster_id" BIGINT NULL, "original_author" VARCHAR(255) NULL, "original_author_id" BIGINT NULL, "name" VARCHAR(255) NULL, "content" TEXT NULL, "milestone_id" BIGINT NULL, "priority" INTEGER NULL, "is_closed" BOOL NULL, "is_pull" BOOL NULL, "num_comments" INTEGER NULL, "ref" VARCHAR(255) NULL, "pin_order" INTEGER DEFAULT 0 NULL, "deadline_unix" BIGINT NULL, "created_unix" BIGINT NULL, "updated_unix" BIGINT NULL, "closed_unix" BIGINT NULL, "is_locked" BOOL DEFAULT false NOT NULL);
CREATE UNIQUE INDEX "UQE_issue_repo_index" ON "issue" ("repo_id","index");
CREATE INDEX "IDX_issue_repo_id" ON "issue" ("repo_id");
CREATE INDEX "IDX_issue_poster_id" ON "issue" ("poster_id");
CREATE INDEX "IDX_issue_original_author_id" ON "issue" ("original_author_id");
CREATE INDEX "IDX_issue_milestone_id" ON "issue" ("milestone_id");
CREATE INDEX "IDX_issue_is_closed" ON "issue" ("is_closed");
CREATE INDEX "IDX_issue_is_pull" ON "issue" ("is_pull");
CREATE INDEX "IDX_issue_deadline_unix" ON "issue" ("deadline_unix");
CREATE INDEX "IDX_issue_created_unix" ON "issue" ("created_unix");
CREATE INDEX "IDX_issue_updated_unix" ON "issue" ("updated_unix");
CREATE INDEX "IDX_issue_closed_unix" ON "issue" ("closed_unix");

CREATE TABLE IF NOT EXISTS "version" ("id" BIGSERIAL PRIMARY KEY  NOT NULL, "version" BIGINT NULL);
