-- Stopped after SET NOT NULL, before the helper check was dropped; and a helper left on a column the YAML now
-- wants nullable. Both are schemasync's own and are dropped without --allow-destructive.
CREATE TABLE customer (id bigint PRIMARY KEY, email text NOT NULL, nickname text);
INSERT INTO customer SELECT i, 'c' || i || '@example.com', 'n' || i FROM generate_series(1, 200) AS i;
ALTER TABLE customer ADD CONSTRAINT customer_email_not_null_schemasync CHECK (email IS NOT NULL);
ALTER TABLE customer ADD CONSTRAINT customer_nickname_not_null_schemasync CHECK (nickname IS NOT NULL) NOT VALID;
