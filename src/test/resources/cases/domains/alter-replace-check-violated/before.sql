CREATE DOMAIN email AS text DEFAULT 'nobody@example.com' NOT NULL
    CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');
COMMENT ON DOMAIN email IS 'An e-mail address';
CREATE TABLE account (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email email);
INSERT INTO account (email) VALUES ('ada@example.com'), ('grace@example.com'), ('linus@example.com');
