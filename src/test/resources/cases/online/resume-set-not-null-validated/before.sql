-- Stopped after VALIDATE, before SET NOT NULL: the helper check is valid.
CREATE TABLE customer (id bigint PRIMARY KEY, email text);
INSERT INTO customer SELECT i, 'c' || i || '@example.com' FROM generate_series(1, 200) AS i;
ALTER TABLE customer ADD CONSTRAINT customer_email_not_null_schemasync CHECK (email IS NOT NULL);
