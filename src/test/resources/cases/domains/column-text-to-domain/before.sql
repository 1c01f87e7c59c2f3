CREATE TABLE account (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL, backup_emails text[]);
INSERT INTO account (email, backup_emails) VALUES ('ada@example.com', '{ada@example.org}'), ('grace@example.com', NULL);
