CREATE TABLE job (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    state text NOT NULL DEFAULT 'new',
    attempts int NOT NULL,
    queue text DEFAULT 'default',
    run_at timestamptz DEFAULT now()
);
INSERT INTO job (attempts) VALUES (0), (3);
