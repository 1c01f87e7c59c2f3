CREATE DOMAIN us_postal_code AS text CONSTRAINT us_postal_code_check CHECK (VALUE ~ '^\d{5}$' OR VALUE ~ '^\d{5}-\d{4}$');
CREATE TABLE legacy_address (id bigint PRIMARY KEY, zip us_postal_code);
INSERT INTO legacy_address VALUES (1, '12345'), (2, '12345-6789');
CREATE DOMAIN email AS text CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');
CREATE TABLE account (id bigint PRIMARY KEY, email email);
INSERT INTO account VALUES (1, 'ada@example.com');
