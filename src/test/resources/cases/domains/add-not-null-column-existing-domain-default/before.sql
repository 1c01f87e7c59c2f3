CREATE DOMAIN currency AS char(3) DEFAULT 'EUR' NOT NULL CONSTRAINT currency_upper CHECK (VALUE = upper(VALUE));
CREATE TABLE price (id bigint PRIMARY KEY, amount numeric(12,2) NOT NULL);
INSERT INTO price VALUES (1, 9.99), (2, 100);
