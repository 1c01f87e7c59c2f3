CREATE TABLE account (id bigint PRIMARY KEY, email text NOT NULL CONSTRAINT account_email_key UNIQUE);
