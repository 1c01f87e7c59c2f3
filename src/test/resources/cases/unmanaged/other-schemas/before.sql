CREATE SCHEMA legacy;
CREATE TABLE legacy.import_batch (id int PRIMARY KEY, loaded_at timestamptz);
CREATE SCHEMA "Reporting";
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);
