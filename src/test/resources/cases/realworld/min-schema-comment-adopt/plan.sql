-- create schema gitlab_partitions_dynamic: create
CREATE SCHEMA "gitlab_partitions_dynamic";
COMMENT ON SCHEMA "gitlab_partitions_dynamic" IS 'Schema to hold partitions managed dynamically from the application, e.g. for time space partitioning.';
-- alter schema gitlab_partitions_static: comment 'Schema to hold static partitions, e.g. for hash partitioning'
COMMENT ON SCHEMA "gitlab_partitions_static" IS 'Schema to hold static partitions, e.g. for hash partitioning';
