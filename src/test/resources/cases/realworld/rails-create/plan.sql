-- create type public.order_kind: create enum (retail, wholesale)
CREATE TYPE "public"."order_kind" AS ENUM ('retail', 'wholesale');
-- create table public.active_storage_attachments: create (6 columns)
CREATE TABLE "public"."active_storage_attachments" (
    "id" bigserial,
    "name" character varying NOT NULL,
    "record_type" character varying NOT NULL,
    "record_id" bigint NOT NULL,
    "blob_id" bigint NOT NULL,
    "created_at" timestamp(6) without time zone NOT NULL,
    CONSTRAINT "active_storage_attachments_pkey" PRIMARY KEY ("id")
);
-- create table public.active_storage_blobs: create (9 columns)
CREATE TABLE "public"."active_storage_blobs" (
    "id" bigserial,
    "key" character varying NOT NULL,
    "filename" character varying NOT NULL,
    "content_type" character varying,
    "metadata" text,
    "service_name" character varying NOT NULL,
    "byte_size" bigint NOT NULL,
    "checksum" character varying,
    "created_at" timestamp(6) without time zone NOT NULL,
    CONSTRAINT "active_storage_blobs_pkey" PRIMARY KEY ("id")
);
-- create table public.active_storage_variant_records: create (3 columns)
CREATE TABLE "public"."active_storage_variant_records" (
    "id" bigserial,
    "blob_id" bigint NOT NULL,
    "variation_digest" character varying NOT NULL,
    CONSTRAINT "active_storage_variant_records_pkey" PRIMARY KEY ("id")
);
-- create table public.ar_internal_metadata: create (4 columns)
CREATE TABLE "public"."ar_internal_metadata" (
    "key" character varying NOT NULL,
    "value" character varying,
    "created_at" timestamp(6) without time zone NOT NULL,
    "updated_at" timestamp(6) without time zone NOT NULL,
    CONSTRAINT "ar_internal_metadata_pkey" PRIMARY KEY ("key")
);
-- create table public.good_job_executions: create (14 columns)
CREATE TABLE "public"."good_job_executions" (
    "id" uuid DEFAULT (gen_random_uuid()) NOT NULL,
    "created_at" timestamp(6) without time zone NOT NULL,
    "updated_at" timestamp(6) without time zone NOT NULL,
    "active_job_id" uuid NOT NULL,
    "job_class" text,
    "queue_name" text,
    "serialized_params" jsonb,
    "scheduled_at" timestamp(6) without time zone,
    "finished_at" timestamp(6) without time zone,
    "error" text,
    "error_event" smallint,
    "error_backtrace" text[],
    "process_id" uuid,
    "duration" interval,
    CONSTRAINT "good_job_executions_pkey" PRIMARY KEY ("id")
);
-- create table public.good_job_settings: create (5 columns)
CREATE TABLE "public"."good_job_settings" (
    "id" uuid DEFAULT (gen_random_uuid()) NOT NULL,
    "created_at" timestamp(6) without time zone NOT NULL,
    "updated_at" timestamp(6) without time zone NOT NULL,
    "key" text,
    "value" jsonb,
    CONSTRAINT "good_job_settings_pkey" PRIMARY KEY ("id")
);
-- create table public.good_jobs: create (24 columns)
CREATE TABLE "public"."good_jobs" (
    "id" uuid DEFAULT (gen_random_uuid()) NOT NULL,
    "queue_name" text,
    "priority" integer,
    "serialized_params" jsonb,
    "scheduled_at" timestamp(6) without time zone,
    "performed_at" timestamp(6) without time zone,
    "finished_at" timestamp(6) without time zone,
    "error" text,
    "created_at" timestamp(6) without time zone NOT NULL,
    "updated_at" timestamp(6) without time zone NOT NULL,
    "active_job_id" uuid,
    "concurrency_key" text,
    "cron_key" text,
    "retried_good_job_id" uuid,
    "cron_at" timestamp(6) without time zone,
    "batch_id" uuid,
    "batch_callback_id" uuid,
    "is_discrete" boolean,
    "executions_count" integer,
    "job_class" text,
    "error_event" smallint,
    "labels" text[],
    "locked_by_id" uuid,
    "locked_at" timestamp(6) without time zone,
    CONSTRAINT "good_jobs_pkey" PRIMARY KEY ("id")
);
-- create table public.orders: create (11 columns)
CREATE TABLE "public"."orders" (
    "id" bigserial,
    "number" character varying NOT NULL,
    "status" character varying DEFAULT ('pending') NOT NULL,
    "kind" order_kind DEFAULT ('retail') NOT NULL,
    "total_cents" bigint DEFAULT (0) NOT NULL,
    "currency" character varying(3) DEFAULT ('USD') NOT NULL,
    "metadata" jsonb DEFAULT ('{}') NOT NULL,
    "tags" character varying[] DEFAULT ('{}') NOT NULL,
    "placed_at" timestamp(6) without time zone,
    "created_at" timestamp(6) without time zone NOT NULL,
    "updated_at" timestamp(6) without time zone NOT NULL,
    CONSTRAINT "orders_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "chk_rails_6f3d6ab8f1" CHECK (status IN ('pending', 'paid', 'shipped', 'cancelled')),
    CONSTRAINT "orders_currency_format" CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT "orders_total_cents_nonnegative" CHECK (total_cents >= 0)
);
-- create table public.schema_migrations: create (1 column)
CREATE TABLE "public"."schema_migrations" (
    "version" character varying NOT NULL,
    CONSTRAINT "schema_migrations_pkey" PRIMARY KEY ("version")
);
-- create index public.active_storage_attachments.index_active_storage_attachments_on_blob_id: create
CREATE INDEX "index_active_storage_attachments_on_blob_id" ON "public"."active_storage_attachments" USING "btree" ("blob_id");
-- create index public.active_storage_attachments.index_active_storage_attachments_uniqueness: create (unique)
CREATE UNIQUE INDEX "index_active_storage_attachments_uniqueness" ON "public"."active_storage_attachments" USING "btree" ("record_type", "record_id", "name", "blob_id");
-- create index public.active_storage_blobs.index_active_storage_blobs_on_key: create (unique)
CREATE UNIQUE INDEX "index_active_storage_blobs_on_key" ON "public"."active_storage_blobs" USING "btree" ("key");
-- create index public.active_storage_variant_records.index_active_storage_variant_records_uniqueness: create (unique)
CREATE UNIQUE INDEX "index_active_storage_variant_records_uniqueness" ON "public"."active_storage_variant_records" USING "btree" ("blob_id", "variation_digest");
-- create index public.good_job_executions.index_good_job_executions_on_active_job_id_and_created_at: create
CREATE INDEX "index_good_job_executions_on_active_job_id_and_created_at" ON "public"."good_job_executions" USING "btree" ("active_job_id", "created_at");
-- create index public.good_job_executions.index_good_job_executions_on_process_id_and_created_at: create
CREATE INDEX "index_good_job_executions_on_process_id_and_created_at" ON "public"."good_job_executions" USING "btree" ("process_id", "created_at");
-- create index public.good_job_settings.index_good_job_settings_on_key: create (unique)
CREATE UNIQUE INDEX "index_good_job_settings_on_key" ON "public"."good_job_settings" USING "btree" ("key");
-- create index public.good_jobs.index_good_job_jobs_for_candidate_lookup: create
CREATE INDEX "index_good_job_jobs_for_candidate_lookup" ON "public"."good_jobs" USING "btree" ("priority", "created_at") WHERE (finished_at IS NULL);
-- create index public.good_jobs.index_good_jobs_jobs_on_finished_at: create
CREATE INDEX "index_good_jobs_jobs_on_finished_at" ON "public"."good_jobs" USING "btree" ("finished_at") WHERE (retried_good_job_id IS NULL AND finished_at IS NOT NULL);
-- create index public.good_jobs.index_good_jobs_jobs_on_priority_created_at_when_unfinished: create
CREATE INDEX "index_good_jobs_jobs_on_priority_created_at_when_unfinished" ON "public"."good_jobs" USING "btree" ("priority" DESC NULLS LAST, "created_at") WHERE (finished_at IS NULL);
-- create index public.good_jobs.index_good_jobs_on_active_job_id_and_created_at: create
CREATE INDEX "index_good_jobs_on_active_job_id_and_created_at" ON "public"."good_jobs" USING "btree" ("active_job_id", "created_at");
-- create index public.good_jobs.index_good_jobs_on_concurrency_key_when_unfinished: create
CREATE INDEX "index_good_jobs_on_concurrency_key_when_unfinished" ON "public"."good_jobs" USING "btree" ("concurrency_key") WHERE (finished_at IS NULL);
-- create index public.good_jobs.index_good_jobs_on_cron_key_and_created_at_cond: create
CREATE INDEX "index_good_jobs_on_cron_key_and_created_at_cond" ON "public"."good_jobs" USING "btree" ("cron_key", "created_at") WHERE (cron_key IS NOT NULL);
-- create index public.good_jobs.index_good_jobs_on_cron_key_and_cron_at_cond: create (unique)
CREATE UNIQUE INDEX "index_good_jobs_on_cron_key_and_cron_at_cond" ON "public"."good_jobs" USING "btree" ("cron_key", "cron_at") WHERE (cron_key IS NOT NULL);
-- create index public.good_jobs.index_good_jobs_on_labels: create (using gin)
CREATE INDEX "index_good_jobs_on_labels" ON "public"."good_jobs" USING "gin" ("labels") WHERE (labels IS NOT NULL);
-- create index public.good_jobs.index_good_jobs_on_priority_scheduled_at_unfinished_unlocked: create
CREATE INDEX "index_good_jobs_on_priority_scheduled_at_unfinished_unlocked" ON "public"."good_jobs" USING "btree" ("priority", "scheduled_at") WHERE (finished_at IS NULL AND locked_by_id IS NULL);
-- create index public.good_jobs.index_good_jobs_on_queue_name_and_scheduled_at: create
CREATE INDEX "index_good_jobs_on_queue_name_and_scheduled_at" ON "public"."good_jobs" USING "btree" ("queue_name", "scheduled_at") WHERE (finished_at IS NULL);
-- create index public.good_jobs.index_good_jobs_on_scheduled_at: create
CREATE INDEX "index_good_jobs_on_scheduled_at" ON "public"."good_jobs" USING "btree" ("scheduled_at") WHERE (finished_at IS NULL);
-- create index public.orders.index_orders_on_number: create (unique)
CREATE UNIQUE INDEX "index_orders_on_number" ON "public"."orders" USING "btree" ("number");
-- create index public.orders.index_orders_on_tags: create (using gin)
CREATE INDEX "index_orders_on_tags" ON "public"."orders" USING "gin" ("tags");
-- create index public.orders.index_orders_open_by_placed_at: create
CREATE INDEX "index_orders_open_by_placed_at" ON "public"."orders" USING "btree" ("placed_at" DESC) WHERE (status IN ('pending', 'paid'));
-- create constraint public.active_storage_attachments.fk_rails_c3b3935057: add foreign key (blob_id) → public.active_storage_blobs(id)
ALTER TABLE "public"."active_storage_attachments" ADD CONSTRAINT "fk_rails_c3b3935057" FOREIGN KEY ("blob_id") REFERENCES "public"."active_storage_blobs" ("id");
-- create constraint public.active_storage_variant_records.fk_rails_993965df05: add foreign key (blob_id) → public.active_storage_blobs(id)
ALTER TABLE "public"."active_storage_variant_records" ADD CONSTRAINT "fk_rails_993965df05" FOREIGN KEY ("blob_id") REFERENCES "public"."active_storage_blobs" ("id");
