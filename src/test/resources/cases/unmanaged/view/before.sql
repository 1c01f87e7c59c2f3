CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);
CREATE VIEW active_users AS SELECT id, email FROM users;
CREATE MATERIALIZED VIEW user_count AS SELECT count(*) AS n FROM users;
