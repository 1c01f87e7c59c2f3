-- Apache Airflow 2.x metadata database, as Alembic/SQLAlchemy create it: upper-case DDL, SERIAL, json (not jsonb),
-- FLOAT, server defaults written as strings (DEFAULT '-1', DEFAULT '0'), a table named "trigger" and columns named
-- key and timestamp, 4-column composite primary and foreign keys with ON DELETE CASCADE, partial indexes on
-- state::text, and alembic_version's odd "_pkc" primary key name.
CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

CREATE TABLE log_template (
    id SERIAL NOT NULL,
    filename TEXT NOT NULL,
    elasticsearch_id TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT log_template_pkey PRIMARY KEY (id)
);

CREATE TABLE trigger (
    id SERIAL NOT NULL,
    classpath VARCHAR(1000) NOT NULL,
    kwargs TEXT NOT NULL,
    created_date TIMESTAMP WITH TIME ZONE NOT NULL,
    triggerer_id INTEGER,
    CONSTRAINT trigger_pkey PRIMARY KEY (id)
);

CREATE TABLE slot_pool (
    id SERIAL NOT NULL,
    pool VARCHAR(256),
    slots INTEGER,
    description TEXT,
    include_deferred BOOLEAN NOT NULL,
    CONSTRAINT slot_pool_pkey PRIMARY KEY (id),
    CONSTRAINT slot_pool_pool_key UNIQUE (pool)
);

CREATE TABLE dag (
    dag_id VARCHAR(250) NOT NULL,
    root_dag_id VARCHAR(250),
    is_paused BOOLEAN,
    is_subdag BOOLEAN,
    is_active BOOLEAN,
    last_parsed_time TIMESTAMP WITH TIME ZONE,
    last_pickled TIMESTAMP WITH TIME ZONE,
    last_expired TIMESTAMP WITH TIME ZONE,
    scheduler_lock BOOLEAN,
    pickle_id INTEGER,
    fileloc VARCHAR(2000),
    processor_subdir VARCHAR(2000),
    owners VARCHAR(2000),
    description TEXT,
    default_view VARCHAR(25),
    schedule_interval TEXT,
    timetable_description VARCHAR(1000),
    dataset_expression JSON,
    max_active_tasks INTEGER NOT NULL,
    max_active_runs INTEGER,
    max_consecutive_failed_dag_runs INTEGER NOT NULL,
    has_task_concurrency_limits BOOLEAN NOT NULL,
    has_import_errors BOOLEAN DEFAULT false,
    next_dagrun TIMESTAMP WITH TIME ZONE,
    next_dagrun_data_interval_start TIMESTAMP WITH TIME ZONE,
    next_dagrun_data_interval_end TIMESTAMP WITH TIME ZONE,
    next_dagrun_create_after TIMESTAMP WITH TIME ZONE,
    CONSTRAINT dag_pkey PRIMARY KEY (dag_id)
);
CREATE INDEX idx_next_dagrun_create_after ON dag (next_dagrun_create_after);
CREATE INDEX idx_root_dag_id ON dag (root_dag_id);

CREATE TABLE dag_run (
    id SERIAL NOT NULL,
    dag_id VARCHAR(250) NOT NULL,
    queued_at TIMESTAMP WITH TIME ZONE,
    execution_date TIMESTAMP WITH TIME ZONE NOT NULL,
    start_date TIMESTAMP WITH TIME ZONE,
    end_date TIMESTAMP WITH TIME ZONE,
    state VARCHAR(50),
    run_id VARCHAR(250) NOT NULL,
    creating_job_id INTEGER,
    external_trigger BOOLEAN,
    run_type VARCHAR(50) NOT NULL,
    conf BYTEA,
    data_interval_start TIMESTAMP WITH TIME ZONE,
    data_interval_end TIMESTAMP WITH TIME ZONE,
    last_scheduling_decision TIMESTAMP WITH TIME ZONE,
    dag_hash VARCHAR(32),
    log_template_id INTEGER,
    updated_at TIMESTAMP WITH TIME ZONE,
    clear_number INTEGER DEFAULT '0' NOT NULL,
    CONSTRAINT dag_run_pkey PRIMARY KEY (id),
    CONSTRAINT dag_run_dag_id_execution_date_key UNIQUE (dag_id, execution_date),
    CONSTRAINT dag_run_dag_id_run_id_key UNIQUE (dag_id, run_id),
    CONSTRAINT task_instance_log_template_id_fkey FOREIGN KEY(log_template_id) REFERENCES log_template (id)
);
CREATE INDEX dag_id_state ON dag_run (dag_id, state);
CREATE INDEX idx_dag_run_dag_id ON dag_run (dag_id);
CREATE INDEX idx_dag_run_queued_dags ON dag_run (state, dag_id) WHERE state::text = 'queued'::text;
CREATE INDEX idx_dag_run_running_dags ON dag_run (state, dag_id) WHERE state::text = 'running'::text;
CREATE INDEX idx_last_scheduling_decision ON dag_run (last_scheduling_decision);

CREATE TABLE task_instance (
    task_id VARCHAR(250) NOT NULL,
    dag_id VARCHAR(250) NOT NULL,
    run_id VARCHAR(250) NOT NULL,
    map_index INTEGER DEFAULT '-1' NOT NULL,
    start_date TIMESTAMP WITH TIME ZONE,
    end_date TIMESTAMP WITH TIME ZONE,
    duration FLOAT,
    state VARCHAR(20),
    try_number INTEGER,
    max_tries INTEGER DEFAULT '-1',
    hostname VARCHAR(1000),
    unixname VARCHAR(1000),
    job_id INTEGER,
    pool VARCHAR(256) NOT NULL,
    pool_slots INTEGER NOT NULL,
    queue VARCHAR(256),
    priority_weight INTEGER,
    operator VARCHAR(1000),
    custom_operator_name VARCHAR(1000),
    queued_dttm TIMESTAMP WITH TIME ZONE,
    queued_by_job_id INTEGER,
    pid INTEGER,
    executor_config BYTEA,
    updated_at TIMESTAMP WITH TIME ZONE,
    rendered_map_index VARCHAR(250),
    external_executor_id VARCHAR(250),
    trigger_id INTEGER,
    trigger_timeout TIMESTAMP WITHOUT TIME ZONE,
    next_method VARCHAR(1000),
    next_kwargs JSON,
    task_display_name VARCHAR(2000),
    CONSTRAINT task_instance_pkey PRIMARY KEY (dag_id, task_id, run_id, map_index),
    CONSTRAINT task_instance_dag_run_fkey FOREIGN KEY(dag_id, run_id) REFERENCES dag_run (dag_id, run_id) ON DELETE CASCADE,
    CONSTRAINT task_instance_trigger_id_fkey FOREIGN KEY(trigger_id) REFERENCES trigger (id) ON DELETE CASCADE
);
CREATE INDEX ti_dag_run ON task_instance (dag_id, run_id);
CREATE INDEX ti_dag_state ON task_instance (dag_id, state);
CREATE INDEX ti_job_id ON task_instance (job_id);
CREATE INDEX ti_pool ON task_instance (pool, state, priority_weight);
CREATE INDEX ti_state ON task_instance (state);
CREATE INDEX ti_state_lkp ON task_instance (dag_id, task_id, run_id, state);
CREATE INDEX ti_trigger_id ON task_instance (trigger_id);

CREATE TABLE xcom (
    dag_run_id INTEGER NOT NULL,
    task_id VARCHAR(250) NOT NULL,
    map_index INTEGER DEFAULT '-1' NOT NULL,
    key VARCHAR(512) NOT NULL,
    dag_id VARCHAR(250) NOT NULL,
    run_id VARCHAR(250) NOT NULL,
    value BYTEA,
    timestamp TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT xcom_pkey PRIMARY KEY (dag_run_id, task_id, map_index, key),
    CONSTRAINT xcom_task_instance_fkey FOREIGN KEY(dag_id, task_id, run_id, map_index) REFERENCES task_instance (dag_id, task_id, run_id, map_index) ON DELETE CASCADE
);
CREATE INDEX idx_xcom_key ON xcom (key);
CREATE INDEX idx_xcom_task_instance ON xcom (dag_id, task_id, run_id, map_index);
