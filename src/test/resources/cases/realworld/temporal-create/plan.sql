-- create schema temporal: create
CREATE SCHEMA "temporal";
-- create schema temporal_visibility: create
CREATE SCHEMA "temporal_visibility";
-- create extension public.btree_gin: create
CREATE EXTENSION IF NOT EXISTS "btree_gin" WITH SCHEMA "public";
-- create table temporal.current_executions: create (12 columns)
CREATE TABLE "temporal"."current_executions" (
    "shard_id" integer NOT NULL,
    "namespace_id" bytea NOT NULL,
    "workflow_id" character varying(255) NOT NULL,
    "run_id" bytea NOT NULL,
    "create_request_id" character varying(255) NOT NULL,
    "state" integer NOT NULL,
    "status" integer NOT NULL,
    "start_version" bigint DEFAULT (0) NOT NULL,
    "last_write_version" bigint NOT NULL,
    "start_time" timestamp without time zone,
    "data" bytea,
    "data_encoding" character varying(16) DEFAULT ('') NOT NULL,
    CONSTRAINT "current_executions_pkey" PRIMARY KEY ("shard_id", "namespace_id", "workflow_id")
);
-- create table temporal.executions: create (11 columns)
CREATE TABLE "temporal"."executions" (
    "shard_id" integer NOT NULL,
    "namespace_id" bytea NOT NULL,
    "workflow_id" character varying(255) NOT NULL,
    "run_id" bytea NOT NULL,
    "next_event_id" bigint NOT NULL,
    "last_write_version" bigint NOT NULL,
    "data" bytea NOT NULL,
    "data_encoding" character varying(16) NOT NULL,
    "state" bytea NOT NULL,
    "state_encoding" character varying(16) NOT NULL,
    "db_record_version" bigint DEFAULT (0) NOT NULL,
    CONSTRAINT "executions_pkey" PRIMARY KEY ("shard_id", "namespace_id", "workflow_id", "run_id")
);
-- create table temporal.history_node: create (8 columns)
CREATE TABLE "temporal"."history_node" (
    "shard_id" integer NOT NULL,
    "tree_id" bytea NOT NULL,
    "branch_id" bytea NOT NULL,
    "node_id" bigint NOT NULL,
    "txn_id" bigint NOT NULL,
    "prev_txn_id" bigint DEFAULT (0) NOT NULL,
    "data" bytea NOT NULL,
    "data_encoding" character varying(16) NOT NULL,
    CONSTRAINT "history_node_pkey" PRIMARY KEY ("shard_id", "tree_id", "branch_id", "node_id", "txn_id")
);
-- create table temporal.namespaces: create (7 columns)
CREATE TABLE "temporal"."namespaces" (
    "partition_id" integer NOT NULL,
    "id" bytea NOT NULL,
    "name" character varying(255) NOT NULL,
    "notification_version" bigint NOT NULL,
    "data" bytea NOT NULL,
    "data_encoding" character varying(16) NOT NULL,
    "is_global" boolean NOT NULL,
    CONSTRAINT "namespaces_pkey" PRIMARY KEY ("partition_id", "id"),
    CONSTRAINT "namespaces_name_key" UNIQUE ("name")
);
-- create table temporal.queue: create (4 columns)
CREATE TABLE "temporal"."queue" (
    "queue_type" integer NOT NULL,
    "message_id" bigint NOT NULL,
    "message_payload" bytea NOT NULL,
    "message_encoding" character varying(16) DEFAULT ('Json') NOT NULL,
    CONSTRAINT "queue_pkey" PRIMARY KEY ("queue_type", "message_id")
);
-- create table temporal.schema_version: create (5 columns)
CREATE TABLE "temporal"."schema_version" (
    "version_partition" integer NOT NULL,
    "db_name" character varying(255) NOT NULL,
    "creation_time" timestamp without time zone,
    "curr_version" character varying(64),
    "min_compatible_version" character varying(64),
    CONSTRAINT "schema_version_pkey" PRIMARY KEY ("version_partition", "db_name")
);
-- create table temporal.shards: create (4 columns)
CREATE TABLE "temporal"."shards" (
    "shard_id" integer NOT NULL,
    "range_id" bigint NOT NULL,
    "data" bytea NOT NULL,
    "data_encoding" character varying(16) NOT NULL,
    CONSTRAINT "shards_pkey" PRIMARY KEY ("shard_id")
);
-- create table temporal_visibility.executions_visibility: create (32 columns)
CREATE TABLE "temporal_visibility"."executions_visibility" (
    "namespace_id" character(64) NOT NULL,
    "run_id" character(64) NOT NULL,
    "_version" bigint DEFAULT (0) NOT NULL,
    "start_time" timestamp without time zone NOT NULL,
    "execution_time" timestamp without time zone NOT NULL,
    "workflow_id" character varying(255) NOT NULL,
    "workflow_type_name" character varying(255) NOT NULL,
    "status" integer NOT NULL,
    "close_time" timestamp without time zone,
    "history_length" bigint,
    "history_size_bytes" bigint,
    "execution_duration" bigint,
    "state_transition_count" bigint,
    "memo" bytea,
    "encoding" character varying(64) NOT NULL,
    "task_queue" character varying(255) DEFAULT ('') NOT NULL,
    "search_attributes" jsonb,
    "parent_workflow_id" character varying(255),
    "parent_run_id" character varying(255),
    "root_workflow_id" character varying(255) DEFAULT ('') NOT NULL,
    "root_run_id" character varying(255) DEFAULT ('') NOT NULL,
    "temporalchangeversion" jsonb GENERATED ALWAYS AS (search_attributes->'TemporalChangeVersion') STORED,
    "binarychecksums" jsonb GENERATED ALWAYS AS (search_attributes->'BinaryChecksums') STORED,
    "batcheruser" character varying(255) GENERATED ALWAYS AS (search_attributes->>'BatcherUser') STORED,
    "temporalscheduledbyid" character varying(255) GENERATED ALWAYS AS (search_attributes->>'TemporalScheduledById') STORED,
    "temporalschedulepaused" boolean GENERATED ALWAYS AS ((search_attributes->'TemporalSchedulePaused')::boolean) STORED,
    "bool01" boolean GENERATED ALWAYS AS ((search_attributes->'Bool01')::boolean) STORED,
    "double01" numeric(20,5) GENERATED ALWAYS AS ((search_attributes->'Double01')::decimal) STORED,
    "int01" bigint GENERATED ALWAYS AS ((search_attributes->'Int01')::bigint) STORED,
    "keyword01" character varying(255) GENERATED ALWAYS AS (search_attributes->>'Keyword01') STORED,
    "text01" tsvector GENERATED ALWAYS AS ((search_attributes->>'Text01')::tsvector) STORED,
    "keywordlist01" jsonb GENERATED ALWAYS AS (search_attributes->'KeywordList01') STORED,
    CONSTRAINT "executions_visibility_pkey" PRIMARY KEY ("namespace_id", "run_id")
);
-- create index temporal_visibility.executions_visibility.by_batcher_user: create
CREATE INDEX "by_batcher_user" ON "temporal_visibility"."executions_visibility" USING "btree" ("namespace_id", "batcheruser", (coalesce(close_time, '9999-12-31 23:59:59')) DESC, "start_time" DESC, "run_id");
-- create index temporal_visibility.executions_visibility.by_binary_checksums: create (using gin)
CREATE INDEX "by_binary_checksums" ON "temporal_visibility"."executions_visibility" USING "gin" ("namespace_id", "binarychecksums" "jsonb_path_ops");
-- create index temporal_visibility.executions_visibility.by_bool_01: create
CREATE INDEX "by_bool_01" ON "temporal_visibility"."executions_visibility" USING "btree" ("namespace_id", "bool01", (coalesce(close_time, '9999-12-31 23:59:59')) DESC, "start_time" DESC, "run_id");
-- create index temporal_visibility.executions_visibility.by_execution_time: create
CREATE INDEX "by_execution_time" ON "temporal_visibility"."executions_visibility" USING "btree" ("namespace_id", "execution_time", (coalesce(close_time, '9999-12-31 23:59:59')) DESC, "start_time" DESC, "run_id");
-- create index temporal_visibility.executions_visibility.by_keyword_list_01: create (using gin)
CREATE INDEX "by_keyword_list_01" ON "temporal_visibility"."executions_visibility" USING "gin" ("namespace_id", "keywordlist01" "jsonb_path_ops");
-- create index temporal_visibility.executions_visibility.by_status_by_close_time: create
CREATE INDEX "by_status_by_close_time" ON "temporal_visibility"."executions_visibility" USING "btree" ("namespace_id", "status", (coalesce(close_time, '9999-12-31 23:59:59')) DESC, "start_time" DESC, "run_id");
-- create index temporal_visibility.executions_visibility.by_temporal_change_version: create (using gin)
CREATE INDEX "by_temporal_change_version" ON "temporal_visibility"."executions_visibility" USING "gin" ("namespace_id", "temporalchangeversion" "jsonb_path_ops");
-- create index temporal_visibility.executions_visibility.by_text_01: create (using gin)
CREATE INDEX "by_text_01" ON "temporal_visibility"."executions_visibility" USING "gin" ("namespace_id", "text01");
-- create index temporal_visibility.executions_visibility.by_workflow_id: create
CREATE INDEX "by_workflow_id" ON "temporal_visibility"."executions_visibility" USING "btree" ("namespace_id", "workflow_id", (coalesce(close_time, '9999-12-31 23:59:59')) DESC, "start_time" DESC, "run_id");
-- create index temporal_visibility.executions_visibility.default_idx: create
CREATE INDEX "default_idx" ON "temporal_visibility"."executions_visibility" USING "btree" ("namespace_id", (coalesce(close_time, '9999-12-31 23:59:59')) DESC, "start_time" DESC, "run_id");
