-- create table public.alembic_version: create (1 column)
CREATE TABLE "public"."alembic_version" (
    "version_num" character varying(32) NOT NULL,
    CONSTRAINT "alembic_version_pkc" PRIMARY KEY ("version_num")
);
-- create table public.dag: create (27 columns)
CREATE TABLE "public"."dag" (
    "dag_id" character varying(250) NOT NULL,
    "root_dag_id" character varying(250),
    "is_paused" boolean,
    "is_subdag" boolean,
    "is_active" boolean,
    "last_parsed_time" timestamp with time zone,
    "last_pickled" timestamp with time zone,
    "last_expired" timestamp with time zone,
    "scheduler_lock" boolean,
    "pickle_id" integer,
    "fileloc" character varying(2000),
    "processor_subdir" character varying(2000),
    "owners" character varying(2000),
    "description" text,
    "default_view" character varying(25),
    "schedule_interval" text,
    "timetable_description" character varying(1000),
    "dataset_expression" json,
    "max_active_tasks" integer NOT NULL,
    "max_active_runs" integer,
    "max_consecutive_failed_dag_runs" integer NOT NULL,
    "has_task_concurrency_limits" boolean NOT NULL,
    "has_import_errors" boolean DEFAULT (false),
    "next_dagrun" timestamp with time zone,
    "next_dagrun_data_interval_start" timestamp with time zone,
    "next_dagrun_data_interval_end" timestamp with time zone,
    "next_dagrun_create_after" timestamp with time zone,
    CONSTRAINT "dag_pkey" PRIMARY KEY ("dag_id")
);
-- create table public.dag_run: create (19 columns)
CREATE TABLE "public"."dag_run" (
    "id" serial,
    "dag_id" character varying(250) NOT NULL,
    "queued_at" timestamp with time zone,
    "execution_date" timestamp with time zone NOT NULL,
    "start_date" timestamp with time zone,
    "end_date" timestamp with time zone,
    "state" character varying(50),
    "run_id" character varying(250) NOT NULL,
    "creating_job_id" integer,
    "external_trigger" boolean,
    "run_type" character varying(50) NOT NULL,
    "conf" bytea,
    "data_interval_start" timestamp with time zone,
    "data_interval_end" timestamp with time zone,
    "last_scheduling_decision" timestamp with time zone,
    "dag_hash" character varying(32),
    "log_template_id" integer,
    "updated_at" timestamp with time zone,
    "clear_number" integer DEFAULT (0) NOT NULL,
    CONSTRAINT "dag_run_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "dag_run_dag_id_execution_date_key" UNIQUE ("dag_id", "execution_date"),
    CONSTRAINT "dag_run_dag_id_run_id_key" UNIQUE ("dag_id", "run_id")
);
-- create table public.log_template: create (4 columns)
CREATE TABLE "public"."log_template" (
    "id" serial,
    "filename" text NOT NULL,
    "elasticsearch_id" text NOT NULL,
    "created_at" timestamp with time zone NOT NULL,
    CONSTRAINT "log_template_pkey" PRIMARY KEY ("id")
);
-- create table public.slot_pool: create (5 columns)
CREATE TABLE "public"."slot_pool" (
    "id" serial,
    "pool" character varying(256),
    "slots" integer,
    "description" text,
    "include_deferred" boolean NOT NULL,
    CONSTRAINT "slot_pool_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "slot_pool_pool_key" UNIQUE ("pool")
);
-- create table public.task_instance: create (31 columns)
CREATE TABLE "public"."task_instance" (
    "task_id" character varying(250) NOT NULL,
    "dag_id" character varying(250) NOT NULL,
    "run_id" character varying(250) NOT NULL,
    "map_index" integer DEFAULT (-1) NOT NULL,
    "start_date" timestamp with time zone,
    "end_date" timestamp with time zone,
    "duration" double precision,
    "state" character varying(20),
    "try_number" integer,
    "max_tries" integer DEFAULT (-1),
    "hostname" character varying(1000),
    "unixname" character varying(1000),
    "job_id" integer,
    "pool" character varying(256) NOT NULL,
    "pool_slots" integer NOT NULL,
    "queue" character varying(256),
    "priority_weight" integer,
    "operator" character varying(1000),
    "custom_operator_name" character varying(1000),
    "queued_dttm" timestamp with time zone,
    "queued_by_job_id" integer,
    "pid" integer,
    "executor_config" bytea,
    "updated_at" timestamp with time zone,
    "rendered_map_index" character varying(250),
    "external_executor_id" character varying(250),
    "trigger_id" integer,
    "trigger_timeout" timestamp without time zone,
    "next_method" character varying(1000),
    "next_kwargs" json,
    "task_display_name" character varying(2000),
    CONSTRAINT "task_instance_pkey" PRIMARY KEY ("dag_id", "task_id", "run_id", "map_index")
);
-- create table public.trigger: create (5 columns)
CREATE TABLE "public"."trigger" (
    "id" serial,
    "classpath" character varying(1000) NOT NULL,
    "kwargs" text NOT NULL,
    "created_date" timestamp with time zone NOT NULL,
    "triggerer_id" integer,
    CONSTRAINT "trigger_pkey" PRIMARY KEY ("id")
);
-- create table public.xcom: create (8 columns)
CREATE TABLE "public"."xcom" (
    "dag_run_id" integer NOT NULL,
    "task_id" character varying(250) NOT NULL,
    "map_index" integer DEFAULT (-1) NOT NULL,
    "key" character varying(512) NOT NULL,
    "dag_id" character varying(250) NOT NULL,
    "run_id" character varying(250) NOT NULL,
    "value" bytea,
    "timestamp" timestamp with time zone NOT NULL,
    CONSTRAINT "xcom_pkey" PRIMARY KEY ("dag_run_id", "task_id", "map_index", "key")
);
-- create index public.dag.idx_next_dagrun_create_after: create
CREATE INDEX "idx_next_dagrun_create_after" ON "public"."dag" USING "btree" ("next_dagrun_create_after");
-- create index public.dag.idx_root_dag_id: create
CREATE INDEX "idx_root_dag_id" ON "public"."dag" USING "btree" ("root_dag_id");
-- create index public.dag_run.dag_id_state: create
CREATE INDEX "dag_id_state" ON "public"."dag_run" USING "btree" ("dag_id", "state");
-- create index public.dag_run.idx_dag_run_dag_id: create
CREATE INDEX "idx_dag_run_dag_id" ON "public"."dag_run" USING "btree" ("dag_id");
-- create index public.dag_run.idx_dag_run_queued_dags: create
CREATE INDEX "idx_dag_run_queued_dags" ON "public"."dag_run" USING "btree" ("state", "dag_id") WHERE (state = 'queued');
-- create index public.dag_run.idx_dag_run_running_dags: create
CREATE INDEX "idx_dag_run_running_dags" ON "public"."dag_run" USING "btree" ("state", "dag_id") WHERE (state = 'running');
-- create index public.dag_run.idx_last_scheduling_decision: create
CREATE INDEX "idx_last_scheduling_decision" ON "public"."dag_run" USING "btree" ("last_scheduling_decision");
-- create index public.task_instance.ti_dag_run: create
CREATE INDEX "ti_dag_run" ON "public"."task_instance" USING "btree" ("dag_id", "run_id");
-- create index public.task_instance.ti_dag_state: create
CREATE INDEX "ti_dag_state" ON "public"."task_instance" USING "btree" ("dag_id", "state");
-- create index public.task_instance.ti_job_id: create
CREATE INDEX "ti_job_id" ON "public"."task_instance" USING "btree" ("job_id");
-- create index public.task_instance.ti_pool: create
CREATE INDEX "ti_pool" ON "public"."task_instance" USING "btree" ("pool", "state", "priority_weight");
-- create index public.task_instance.ti_state: create
CREATE INDEX "ti_state" ON "public"."task_instance" USING "btree" ("state");
-- create index public.task_instance.ti_state_lkp: create
CREATE INDEX "ti_state_lkp" ON "public"."task_instance" USING "btree" ("dag_id", "task_id", "run_id", "state");
-- create index public.task_instance.ti_trigger_id: create
CREATE INDEX "ti_trigger_id" ON "public"."task_instance" USING "btree" ("trigger_id");
-- create index public.xcom.idx_xcom_key: create
CREATE INDEX "idx_xcom_key" ON "public"."xcom" USING "btree" ("key");
-- create index public.xcom.idx_xcom_task_instance: create
CREATE INDEX "idx_xcom_task_instance" ON "public"."xcom" USING "btree" ("dag_id", "task_id", "run_id", "map_index");
-- create constraint public.dag_run.task_instance_log_template_id_fkey: add foreign key (log_template_id) → public.log_template(id)
ALTER TABLE "public"."dag_run" ADD CONSTRAINT "task_instance_log_template_id_fkey" FOREIGN KEY ("log_template_id") REFERENCES "public"."log_template" ("id");
-- create constraint public.task_instance.task_instance_dag_run_fkey: add foreign key (dag_id, run_id) → public.dag_run(dag_id, run_id)
ALTER TABLE "public"."task_instance" ADD CONSTRAINT "task_instance_dag_run_fkey" FOREIGN KEY ("dag_id", "run_id") REFERENCES "public"."dag_run" ("dag_id", "run_id") ON DELETE CASCADE;
-- create constraint public.task_instance.task_instance_trigger_id_fkey: add foreign key (trigger_id) → public.trigger(id)
ALTER TABLE "public"."task_instance" ADD CONSTRAINT "task_instance_trigger_id_fkey" FOREIGN KEY ("trigger_id") REFERENCES "public"."trigger" ("id") ON DELETE CASCADE;
-- create constraint public.xcom.xcom_task_instance_fkey: add foreign key (dag_id, task_id, run_id, map_index) → public.task_instance(dag_id, task_id, run_id, map_index)
ALTER TABLE "public"."xcom" ADD CONSTRAINT "xcom_task_instance_fkey" FOREIGN KEY ("dag_id", "task_id", "run_id", "map_index") REFERENCES "public"."task_instance" ("dag_id", "task_id", "run_id", "map_index") ON DELETE CASCADE;
