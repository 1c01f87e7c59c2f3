-- PostgreSQL 18: a NOT NULL constraint added NOT VALID long ago (old rows have NULLs, new rows must not).
CREATE TABLE payment (id bigint PRIMARY KEY, note text);
INSERT INTO payment SELECT i, CASE WHEN i % 10 = 0 THEN NULL ELSE 'n' || i END FROM generate_series(1, 100) AS i;
ALTER TABLE payment ADD CONSTRAINT payment_note_not_null NOT NULL note NOT VALID;
