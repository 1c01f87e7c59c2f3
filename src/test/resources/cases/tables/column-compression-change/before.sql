-- COMPRESSION exists from PostgreSQL 14 on (the case needs 14; on 13 the plan must say so, so the table is made
-- there too, without it).
CREATE TABLE document (id bigint PRIMARY KEY, body text, meta jsonb);
DO $$ BEGIN
    IF current_setting('server_version_num')::int >= 140000 THEN
        EXECUTE 'ALTER TABLE document ALTER COLUMN body SET COMPRESSION pglz';
    END IF;
END $$;
INSERT INTO document SELECT i, repeat('lorem ipsum ', 500), '{}' FROM generate_series(1, 50) AS i;
