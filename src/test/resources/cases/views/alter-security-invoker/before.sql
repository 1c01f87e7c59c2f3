CREATE TABLE note (id bigint PRIMARY KEY, author name NOT NULL DEFAULT current_user, body text NOT NULL);
INSERT INTO note (id, body) VALUES (1, 'x'), (2, 'y');
CREATE VIEW my_note AS SELECT id, body FROM note WHERE author = current_user;
CREATE VIEW all_note AS SELECT id, body FROM note;
-- security_invoker exists from PostgreSQL 15; on older servers the case only checks that the plan says so.
DO $$
BEGIN
    IF current_setting('server_version_num')::int >= 150000 THEN
        ALTER VIEW all_note SET (security_invoker = true);
    END IF;
END
$$;
