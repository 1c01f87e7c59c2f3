CREATE TABLE account (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    mail text NOT NULL,
    "Display Name" text,
    zone text,
    deleted_at timestamptz,
    name_length integer GENERATED ALWAYS AS (length("Display Name")) STORED,
    CONSTRAINT account_mail_check CHECK (mail LIKE '%@%' AND length(mail) < 200)
);
CREATE UNIQUE INDEX account_mail_key ON account (lower(mail)) WHERE deleted_at IS NULL;
CREATE INDEX account_name_idx ON account (lower("Display Name"), (zone::text)) INCLUDE (mail);
CREATE INDEX account_zone_idx ON account ((deleted_at AT TIME ZONE zone));
INSERT INTO account (mail, "Display Name", zone) VALUES
    ('ada@example.com', 'Ada', 'UTC'), ('grace@example.com', 'Grace', 'Europe/Paris'), ('linus@example.com', NULL, NULL);
