CREATE TABLE old_log (id bigint PRIMARY KEY, line text);
CREATE TABLE keep (id bigint PRIMARY KEY);
INSERT INTO old_log VALUES (1, 'x');
-- Not in the YAML: PostgreSQL will not drop the table while this view reads it.
CREATE VIEW old_log_lines AS SELECT line FROM old_log;
