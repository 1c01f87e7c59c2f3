CREATE UNLOGGED TABLE job_queue (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, run_at timestamptz NOT NULL);
CREATE INDEX job_queue_run_at_idx ON job_queue (run_at);
