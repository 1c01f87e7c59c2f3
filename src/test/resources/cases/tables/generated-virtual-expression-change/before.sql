-- Virtual generated columns exist from PostgreSQL 18; before it the case only checks that the plan asks for 18.
DO $$
BEGIN
    IF current_setting('server_version_num')::int >= 180000 THEN
        EXECUTE 'CREATE TABLE reading (
            id bigint PRIMARY KEY,
            celsius numeric(5,2) NOT NULL,
            fahrenheit numeric GENERATED ALWAYS AS (celsius * 9 / 5 + 32) VIRTUAL,
            kelvin numeric GENERATED ALWAYS AS (celsius + 273) VIRTUAL CHECK (kelvin >= 0)
        )';
        EXECUTE 'CREATE VIEW warm_reading AS SELECT id, fahrenheit, kelvin FROM reading WHERE fahrenheit > 70';
    ELSE
        EXECUTE 'CREATE TABLE reading (id bigint PRIMARY KEY, celsius numeric(5,2) NOT NULL)';
    END IF;
END
$$;
INSERT INTO reading SELECT i, i FROM generate_series(1, 40) AS i;
