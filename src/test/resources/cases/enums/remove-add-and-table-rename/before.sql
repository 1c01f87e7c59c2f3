CREATE TYPE plan AS ENUM ('free', 'trial', 'pro');
CREATE TABLE account (id bigint PRIMARY KEY, plan plan NOT NULL DEFAULT 'free', old_plan plan);
INSERT INTO account VALUES (1, 'free', 'trial'), (2, 'pro', NULL);
CREATE TABLE audit (id bigint PRIMARY KEY, plan plan);
INSERT INTO audit VALUES (1, 'trial');
