-- What SET NOT NULL leaves when the apply stops after its commit, before VALIDATE: the helper NOT VALID (on
-- PostgreSQL 18 the column's own NOT NULL constraint, NOT VALID; before 18 a check of schemasync's name).
CREATE TABLE customer (id bigint PRIMARY KEY, email text, phone text);
INSERT INTO customer SELECT i, 'c' || i || '@example.com', '+1 555 ' || i FROM generate_series(1, 200) AS i;
DO $$
BEGIN
    IF current_setting('server_version_num')::int >= 180000 THEN
        EXECUTE 'ALTER TABLE customer ADD CONSTRAINT customer_email_not_null NOT NULL email NOT VALID';
    ELSE
        EXECUTE 'ALTER TABLE customer ADD CONSTRAINT customer_email_not_null_schemasync CHECK (email IS NOT NULL) NOT VALID';
    END IF;
END
$$;
