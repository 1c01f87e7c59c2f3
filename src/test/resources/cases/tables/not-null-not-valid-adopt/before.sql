-- A NOT NULL constraint added NOT VALID long ago (old rows have NULLs, new rows must not): PostgreSQL 18's own
-- NOT NULL ... NOT VALID, and before 18 the check it is the same as.
CREATE TABLE payment (id bigint PRIMARY KEY, note text);
INSERT INTO payment SELECT i, CASE WHEN i % 10 = 0 THEN NULL ELSE 'n' || i END FROM generate_series(1, 100) AS i;
DO $$
BEGIN
    IF current_setting('server_version_num')::int >= 180000 THEN
        EXECUTE 'ALTER TABLE payment ADD CONSTRAINT payment_note_not_null NOT NULL note NOT VALID';
    ELSE
        EXECUTE 'ALTER TABLE payment ADD CONSTRAINT payment_note_not_null CHECK (note IS NOT NULL) NOT VALID';
    END IF;
END
$$;
