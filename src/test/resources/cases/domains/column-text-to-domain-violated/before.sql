CREATE TABLE account (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text, backup_emails text[]);
INSERT INTO account (email, backup_emails) VALUES
    ('ada@example.com', '{ada@example.org}'), ('grace', '{grace@example.org,grace}'), (NULL, '{}'), ('linus', NULL);
