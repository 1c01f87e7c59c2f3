CREATE DOMAIN email_address AS text CHECK (VALUE LIKE '%@%');
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);
CREATE VIEW user_emails AS SELECT email FROM users;
